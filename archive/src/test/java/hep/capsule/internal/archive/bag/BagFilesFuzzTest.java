package hep.capsule.internal.archive.bag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Manifests and tag files come from hostile archives: parsing may only end in a {@link BagFormatException}. Seeds: the
 * real files of a capsule, in {@code BagFilesFuzzTestInputs}.
 */
class BagFilesFuzzTest {

    @FuzzTest
    void manifest(byte[] content) {
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            try {
                Manifest.parse(algorithm, "manifest.txt", content).toBytes();
            } catch (BagFormatException expected) {
                // a declared refusal
            }
        }
    }

    @FuzzTest
    void tagFile(byte[] content) {
        try {
            TagFile.parse("bag-info.txt", content).toBytes();
        } catch (BagFormatException expected) {
            // a declared refusal
        }
    }
}
