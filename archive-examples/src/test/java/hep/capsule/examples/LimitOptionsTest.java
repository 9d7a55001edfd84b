package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on descriptors and tensors, through the launcher. A copy of the HH example whose analysis description is 5
 * MiB long is refused by {@code lint}, {@code pack} and {@code verify} at the 4 MiB default and accepted with
 * {@code --max-descriptor-size 8M}. A tensor beyond the 8 GiB default would take minutes to write, so
 * {@code --max-tensor-size} is lowered below the real reference tensors instead, which both commands then refuse (at
 * the default they pass).
 */
class LimitOptionsTest {
    private static final String DESCRIPTOR_HINT =
            "more than the 4194304 a descriptor may have (raise the limit with --max-descriptor-size)";
    private static final String TENSOR_HINT =
            "more than the limit of 1024 bytes (raise the limit with --max-tensor-size)";

    @TempDir
    static Path temp;

    /** Packs the copy with its large descriptor: accepted once the limit is raised. */
    @BeforeAll
    static void packACopyOfTheExampleWithAFiveMebibyteDescription() throws Exception {
        Path large = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("large"));
        Path yaml = large.resolve("capsule.yaml");
        String text = Files.readString(yaml);
        String opening = "\n  description: >-\n";
        assertTrue(text.contains(opening), "the example has a folded analysis description");
        Files.writeString(yaml, text.replaceFirst(opening, opening + "    " + "x".repeat(5 << 20) + "\n"));

        Launcher.Run packed = Launcher.run(
                temp, "pack", "large/capsule.yaml", "-o", "large.capsule.tar.gz", "--max-descriptor-size", "8M");
        assertEquals(0, packed.exitCode(), packed.all());
    }

    @Test
    void lintAndPackRefuseALargeDescriptorAtTheDefault() throws Exception {
        Launcher.Run lint = Launcher.run(temp, "lint", "large/capsule.yaml");
        assertEquals(2, lint.exitCode(), lint.all());
        assertTrue(lint.err().contains("capsule.yaml: is ") && lint.err().contains(DESCRIPTOR_HINT), lint.all());
        Launcher.Run raisedLint = Launcher.run(temp, "lint", "large/capsule.yaml", "--max-descriptor-size", "8M");
        assertEquals(0, raisedLint.exitCode(), raisedLint.all());

        Launcher.Run pack = Launcher.run(temp, "pack", "large/capsule.yaml", "-o", "refused.capsule.tar.gz");
        assertEquals(2, pack.exitCode(), pack.all());
        assertTrue(pack.err().contains(DESCRIPTOR_HINT), pack.all());
        assertTrue(Files.notExists(temp.resolve("refused.capsule.tar.gz")));
    }

    @Test
    void verifyRefusesALargeCapsuleJsonUnlessTheLimitIsRaisedInThisProcessOrAWorker() throws Exception {
        Launcher.Run invalid = Launcher.run(temp, "verify", "large.capsule.tar.gz");
        assertEquals(4, invalid.exitCode(), invalid.all());
        assertTrue(
                invalid.out().contains("capsule.json: is ") && invalid.out().contains(DESCRIPTOR_HINT), invalid.out());

        Launcher.Run reproduced = Launcher.run(temp, "verify", "large.capsule.tar.gz", "--max-descriptor-size", "8M");
        assertEquals(0, reproduced.exitCode(), reproduced.all());
        assertTrue(reproduced.out().contains("verdict: REPRODUCED"), reproduced.out());

        Files.copy(temp.resolve("large.capsule.tar.gz"), temp.resolve("copy.capsule.tar.gz"));
        Launcher.Run inWorkers = Launcher.run(
                temp, "verify", "large.capsule.tar.gz", "copy.capsule.tar.gz", "--max-descriptor-size", "8M");
        assertEquals(
                0,
                inWorkers.exitCode(),
                "two archives are verified in worker processes, which get the raised limit too: " + inWorkers.all());
    }

    @Test
    void aTensorLimitBelowTheReferenceTensorsRefusesThemInPackAndVerify() throws Exception {
        Launcher.Run pack = Launcher.run(
                temp,
                "pack",
                "large/capsule.yaml",
                "-o",
                "small.capsule.tar.gz",
                "--max-descriptor-size",
                "8M",
                "--max-tensor-size",
                "1K");
        assertEquals(2, pack.exitCode(), pack.all());
        assertTrue(pack.err().contains("raw_reference_inputs.npy") && pack.err().contains(TENSOR_HINT), pack.all());

        Launcher.Run verify = Launcher.run(
                temp, "verify", "large.capsule.tar.gz", "--max-descriptor-size", "8M", "--max-tensor-size", "1K");
        assertEquals(4, verify.exitCode(), verify.all());
        assertTrue(verify.out().contains(".npy") && verify.out().contains(TENSOR_HINT), verify.out());
    }
}
