package hep.capsule.internal.archive.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagDigests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    private static final byte[] PAYLOAD = new byte[3 * (1 << 20) + 777];
    private static final byte[] DECLARATION = "BagIt-Version: 1.0\n".getBytes();

    static {
        new Random(11).nextBytes(PAYLOAD);
    }

    @TempDir
    Path temp;

    private static byte[] tar() throws IOException {
        return new HostileTar()
                .file("cap/bagit.txt", DECLARATION)
                .file("cap/data/events.npy", PAYLOAD)
                .tar();
    }

    private ArchiveContents read(String name, byte[] bytes, ArchiveReader.Kept kept, Path work) throws Exception {
        Path archive = temp.resolve(name);
        Files.write(archive, bytes);
        return new ArchiveReader(ArchiveLimits.defaults(), kept, b -> {}).read(archive, Files.createDirectories(work));
    }

    @Test
    void aPlainTarAndItsGzipAreToldApartByTheirBytesNotTheirNamesAndGiveTheSameFiles() throws Exception {
        ArchiveContents plain =
                read("named-like-gzip.tar.gz", tar(), ArchiveReader.Kept.EVERY_FILE, temp.resolve("w1"));
        ArchiveContents gzipped =
                read("named-like-tar.tar", HostileTar.gzip(tar()), ArchiveReader.Kept.EVERY_FILE, temp.resolve("w2"));
        assertEquals(ArchiveFormat.TAR, plain.format());
        assertEquals(ArchiveFormat.TAR_GZ, gzipped.format());
        for (ArchiveContents read : List.of(plain, gzipped)) {
            StoredFile events = read.file("data/events.npy").orElseThrow();
            assertEquals(BagDigests.of(PAYLOAD), events.checksums());
            assertArrayEquals(PAYLOAD, events.readAllBytes());
            assertEquals(PAYLOAD.length + DECLARATION.length, read.decompressedBytes());
        }
    }

    @Test
    void aFixityReadChecksumsThePayloadWithoutWritingItToDisk() throws Exception {
        Path work = temp.resolve("work");
        ArchiveContents read = read("capsule.tar.gz", HostileTar.gzip(tar()), ArchiveReader.Kept.TAG_FILES, work);
        StoredFile events = read.file("data/events.npy").orElseThrow();
        assertEquals(BagDigests.of(PAYLOAD), events.checksums());
        assertEquals(PAYLOAD.length, events.size());
        assertFalse(events.kept().isPresent());
        assertArrayEquals(DECLARATION, read.file("bagit.txt").orElseThrow().readAllBytes());
        try (Stream<Path> files = Files.list(work)) {
            List<Path> written = files.toList();
            assertEquals(1, written.size(), "only the tag file is written: " + written);
            assertEquals(DECLARATION.length, Files.size(written.get(0)));
        }
    }

    @Test
    void theDecompressionLimitStillHoldsForFilesThatAreNotKept() throws Exception {
        Path archive = temp.resolve("bomb.tar");
        Files.write(archive, tar());
        ArchiveReader reader =
                new ArchiveReader(new ArchiveLimits(100, 16 << 20, 1 << 20), ArchiveReader.Kept.TAG_FILES, b -> {});
        InvalidArchiveException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidArchiveException.class, () -> reader.read(archive, Files.createDirectories(temp.resolve("w"))));
        assertEquals(FindingCode.ARCHIVE_TOO_LARGE, e.finding().code(), e.getMessage());
        assertEquals("data/events.npy", e.file());
    }
}
