package hep.capsule.internal.archive.bag;

import java.util.EnumMap;
import java.util.Map;

/**
 * The checksums of every bag algorithm over bytes held in memory, computed one after the other: the plain reference
 * that {@link ParallelDigests}, which Capsule streams archives through, is checked against.
 */
public final class BagDigests {
    private BagDigests() {}

    /** The hexadecimal checksums by algorithm. */
    public static Map<DigestAlgorithm, String> of(byte[] bytes) {
        Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            hex.put(algorithm, DigestAlgorithm.hex(algorithm.newDigest().digest(bytes)));
        }
        return hex;
    }
}
