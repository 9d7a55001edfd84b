package hep.capsule.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.SmallBag;
import hep.capsule.internal.archive.tar.ArchiveFormat;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveSettings;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.archive.tar.DeterministicTar;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {
    private static final String PAYLOAD = SmallBag.PAYLOAD;
    private static final String DECLARATION = BagLayout.BAGIT_TXT;

    @TempDir
    Path temp;

    private Path write(String name, List<BagFile> bag, Compression compression) throws IOException {
        Path archive = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive)) {
            DeterministicTar.write(
                    "cap", bag, new ArchiveSettings(Instant.parse("2026-01-01T00:00:00Z"), compression), out);
        }
        return archive;
    }

    private OpenedArchive open(Path archive) throws IOException, InvalidArchiveException {
        return Archives.open(
                archive,
                Files.createDirectories(temp.resolve("work-" + archive.getFileName())),
                ArchiveLimits.defaults());
    }

    @Test
    void aCompleteBagOpensWithEveryFileAndNoFinding() throws Exception {
        List<BagFile> bag = SmallBag.files();
        for (Compression compression : List.of(Compression.DEFAULT, Compression.NONE)) {
            OpenedArchive opened = open(write("cap-" + compression.gzipLevel() + ".tar", bag, compression));
            assertEquals(List.of(), opened.findings());
            assertTrue(opened.complete());
            assertEquals(
                    bag.stream().map(BagFile::bagPath).sorted().toList(),
                    List.copyOf(opened.contents().files().keySet()));
            assertEquals(
                    compression.isGzip() ? ArchiveFormat.TAR_GZ : ArchiveFormat.TAR,
                    opened.contents().format());
        }
    }

    @Test
    void aChangedPayloadFileAndAMissingDeclarationAreFindingsNamingTheirFiles() throws Exception {
        List<BagFile> tampered = SmallBag.files().stream()
                .filter(f -> !f.bagPath().equals(DECLARATION))
                .map(f -> f.bagPath().equals(PAYLOAD) ? BagFile.of(PAYLOAD, new byte[] {1, 2, 3, 5}) : f)
                .toList();
        OpenedArchive opened = open(write("tampered.tar.gz", tampered, Compression.DEFAULT));
        assertFalse(opened.complete());
        List<String> files = opened.findings().stream().map(Finding::file).toList();
        assertTrue(files.contains(PAYLOAD), files.toString());
        assertTrue(files.contains(DECLARATION), files.toString());
    }

    @Test
    void anUnreadableArchiveIsRefusedNotOpened() throws IOException {
        Path notAnArchive = Files.writeString(temp.resolve("notes.tar.gz"), "not a tar");
        InvalidArchiveException refused = assertThrows(InvalidArchiveException.class, () -> open(notAnArchive));
        assertEquals("notes.tar.gz", refused.file());
    }
}
