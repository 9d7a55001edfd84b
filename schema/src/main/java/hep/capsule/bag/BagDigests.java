package hep.capsule.bag;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;

/** Computes the checksums of every bag algorithm over one stream of bytes, in one pass. */
public final class BagDigests {
    private final Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
    private long byteCount;

    public BagDigests() {
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            digests.put(algorithm, algorithm.newDigest());
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        for (MessageDigest digest : digests.values()) {
            digest.update(bytes, offset, length);
        }
        byteCount += length;
    }

    public long byteCount() {
        return byteCount;
    }

    /** The hexadecimal checksums by algorithm; the digests are reset afterwards. */
    public Map<DigestAlgorithm, String> finish() {
        Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
        digests.forEach((algorithm, digest) -> hex.put(algorithm, DigestAlgorithm.hex(digest.digest())));
        byteCount = 0;
        return hex;
    }

    public static Map<DigestAlgorithm, String> of(byte[] bytes) {
        BagDigests digests = new BagDigests();
        digests.update(bytes, 0, bytes.length);
        return digests.finish();
    }

    public static Map<DigestAlgorithm, String> of(InputStream in) throws IOException {
        BagDigests digests = new BagDigests();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digests.update(buffer, 0, n);
        }
        return digests.finish();
    }
}
