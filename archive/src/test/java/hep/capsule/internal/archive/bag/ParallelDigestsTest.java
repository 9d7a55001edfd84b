package hep.capsule.internal.archive.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParallelDigestsTest {
    @Test
    void eachFileGetsTheChecksumsOfItsOwnBytesWhateverItsSizeAndPlaceInTheSequence() throws IOException {
        Random random = new Random(7);
        List<byte[]> files = new ArrayList<>();
        for (int size : new int[] {
            0,
            1,
            ParallelDigests.BLOCK_BYTES,
            3 * ParallelDigests.BLOCK_BYTES + 12_345,
            0,
            511,
            2 * ParallelDigests.BLOCK_BYTES
        }) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            files.add(bytes);
        }
        for (int i = 0; i < 40; i++) {
            files.add(new byte[] {(byte) i});
        }
        List<ParallelDigests.FileChecksums> pending = new ArrayList<>();
        try (ParallelDigests digests = new ParallelDigests()) {
            for (byte[] file : files) {
                pending.add(digests.digest(new ByteArrayInputStream(file)));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            assertEquals(
                    BagDigests.of(files.get(i)),
                    pending.get(i).get(),
                    "file " + i + " of " + files.get(i).length + " bytes");
        }
    }

    @Test
    void blocksHandedOverOneByOneMakeOneFileAndReturnToThePool() throws IOException {
        byte[] whole = new byte[20 * 1000];
        new Random(3).nextBytes(whole);
        ParallelDigests.FileChecksums checksums;
        try (ParallelDigests digests = new ParallelDigests()) {
            for (int offset = 0; offset < whole.length; offset += 1000) {
                ParallelDigests.Block block = digests.take();
                System.arraycopy(whole, offset, block.bytes(), 0, 1000);
                digests.digest(block, 1000);
            }
            checksums = digests.endFile();
        }
        assertEquals(
                BagDigests.of(whole),
                checksums.get(),
                "twenty blocks from a pool of eight: each was reused after both digests");
    }
}
