package hep.capsule.internal.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.SmallBag;
import hep.capsule.internal.archive.tar.ArchiveSettings;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.archive.tar.DeterministicTar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackSelfCheckTest {
    private static final ArchiveSettings SETTINGS =
            new ArchiveSettings(Instant.parse("2026-01-01T00:00:00Z"), Compression.DEFAULT);
    private static final String PAYLOAD = SmallBag.PAYLOAD;
    private static final String TEMPORARY = ".out.capsule.tar.gz.1.partial";

    @TempDir
    Path temp;

    private Path written(List<BagFile> bag) throws IOException {
        Path file = temp.resolve(TEMPORARY);
        try (OutputStream out = Files.newOutputStream(file)) {
            DeterministicTar.write("cap", bag, SETTINGS, out);
        }
        return file;
    }

    @Test
    void aCompleteArchivePassesWithoutItsPayloadBeingUnpacked() throws IOException {
        List<BagFile> bag = SmallBag.files();
        Path work = temp.resolve("check");
        PackSelfCheck.require(written(bag), Path.of("out.capsule.tar.gz"), work);
        try (Stream<Path> kept = Files.list(work)) {
            assertEquals(bag.size() - 1, kept.count(), "only the tag files are kept");
        }
    }

    @Test
    void aPayloadFileThatDisagreesWithItsManifestsIsRefused() throws IOException {
        List<BagFile> tampered = SmallBag.files().stream()
                .map(f -> f.bagPath().equals(PAYLOAD) ? BagFile.of(PAYLOAD, new byte[] {1, 2, 3, 5}) : f)
                .toList();
        Path written = written(tampered);
        PackSelfCheck.IncompleteArchive refused = assertThrows(
                PackSelfCheck.IncompleteArchive.class,
                () -> PackSelfCheck.require(written, Path.of("out.capsule.tar.gz"), temp.resolve("check")));
        assertTrue(refused.getMessage().contains(PAYLOAD + ": its content has changed"), refused.getMessage());
    }

    @Test
    void aTruncatedArchiveIsRefusedUnderTheNameTheUserGave() throws IOException {
        Path written = written(SmallBag.files());
        byte[] bytes = Files.readAllBytes(written);
        Files.write(written, Arrays.copyOf(bytes, bytes.length / 2));
        PackSelfCheck.IncompleteArchive refused = assertThrows(
                PackSelfCheck.IncompleteArchive.class,
                () -> PackSelfCheck.require(written, Path.of("out.capsule.tar.gz"), temp.resolve("check")));
        assertTrue(refused.getMessage().contains("out.capsule.tar.gz: the archive is truncated"), refused.getMessage());
        assertFalse(refused.getMessage().contains(TEMPORARY), "no temporary path: " + refused.getMessage());
    }
}
