package hep.capsule.internal.archive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.WorkFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Archives are hostile: reading one and checking its bag may only end in an {@link InvalidArchiveException} or in
 * findings. The fuzzer's bytes are the tar, which the test wraps in a valid gzip, so that the fuzzer explores tar
 * headers rather than the gzip checksum. Seeds: the tars of small bags, in {@code ArchiveReaderFuzzTestInputs}.
 *
 * <p>For speed (every execution writes the archive and unpacks it) the gzip stores rather than compresses, which the
 * reader decodes through the same path, and the work folders are made in memory ({@code /dev/shm}) when the machine has
 * room there.
 */
class ArchiveReaderFuzzTest {
    private static final Path RAM = Path.of("/dev/shm");
    private static final Path SCRATCH = Files.isDirectory(RAM) && RAM.toFile().getUsableSpace() > 1L << 30
            ? RAM
            : Path.of(System.getProperty("java.io.tmpdir"));

    @FuzzTest
    void readAndCheck(byte[] tar) throws IOException {
        try (WorkFolder work = WorkFolder.createIn(SCRATCH, "fuzz")) {
            Path archive = Files.write(work.path().resolve("fuzz.capsule.tar.gz"), storedInGzip(tar));
            Archives.open(archive, work.path(), ArchiveLimits.defaults());
        } catch (InvalidArchiveException expected) {
            // a declared refusal
        }
    }

    private static byte[] storedInGzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.NO_COMPRESSION);
            }
        }) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
