package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.api.Capsule;
import hep.capsule.api.CapsuleInfo;
import hep.capsule.api.PackRequest;
import hep.capsule.api.PackResult;
import hep.capsule.api.Verdict;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API and the {@code capsule} command run the same code: the same bytes, the same verdict. */
class ApiAgreesWithCommandsTest {
    private static final Path EXAMPLE = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");

    @TempDir
    Path folder;

    @Test
    void packingThroughTheApiWritesTheBytesCapsulePackWrites() throws Exception {
        Path byCommand = folder.resolve("command.capsule.tar.gz");
        assertEquals(
                0,
                CapsuleCli.run("pack", EXAMPLE.toString(), "-o", byCommand.toString())
                        .code());

        PackResult byApi = Capsule.pack(PackRequest.of(EXAMPLE, folder.resolve("api.capsule.tar.gz")));

        assertEquals(sha256(byCommand), byApi.sha256());
        assertEquals(sha256(byApi.archive()), byApi.sha256());
        assertEquals(Verdict.REPRODUCED, Capsule.verify(byCommand).verdict());
        CapsuleInfo info = Capsule.inspect(byCommand);
        assertEquals("ATLAS-HIGP-2024-32-resDNN-even", info.name());
        assertEquals(
                ExitCodes.OK,
                CapsuleCli.run("inspect", byApi.archive().toString()).code());
    }

    private static String sha256(Path file) throws Exception {
        return DigestAlgorithm.hex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
