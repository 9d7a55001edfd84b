package hep.capsule.internal.archive.bag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The two checksum algorithms every capsule carries, with their BagIt manifest names. */
public enum DigestAlgorithm {
    SHA256("sha256", "SHA-256"),
    SHA512("sha512", "SHA-512");

    private final String bagitName;
    private final String javaName;

    DigestAlgorithm(String bagitName, String javaName) {
        this.bagitName = bagitName;
        this.javaName = javaName;
    }

    /** The name BagIt uses in file names, e.g. {@code sha256} in {@code manifest-sha256.txt}. */
    public String bagitName() {
        return bagitName;
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + javaName, e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
