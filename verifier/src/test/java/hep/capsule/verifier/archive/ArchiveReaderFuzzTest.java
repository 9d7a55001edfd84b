package hep.capsule.verifier.archive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import hep.capsule.files.WorkFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Archives are hostile: reading one and checking its bag may only end in an
 * {@link InvalidArchiveException} or in findings. The fuzzer's bytes are the tar, which the test
 * wraps in a valid gzip, so that the fuzzer explores tar headers rather than the gzip checksum.
 * Seeds: the tars of small bags, in {@code ArchiveReaderFuzzTestInputs}.
 */
class ArchiveReaderFuzzTest {

    @FuzzTest
    void readAndCheck(byte[] tar) throws IOException {
        try (WorkFolder work = WorkFolder.create("fuzz")) {
            Path archive = Files.write(work.path().resolve("fuzz.capsule.tar.gz"), gzip(tar));
            BagCompleteness.check(new ArchiveReader(ArchiveLimits.defaults()).read(archive, work.path()));
        } catch (InvalidArchiveException expected) {
            // a declared refusal
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
