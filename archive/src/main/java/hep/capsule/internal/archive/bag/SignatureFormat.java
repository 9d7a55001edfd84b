package hep.capsule.internal.archive.bag;

/** The two kinds of detached signature a capsule carries, and the file suffix of each. */
public enum SignatureFormat {
    /** An armored OpenPGP signature, checked with {@code gpg --verify}. */
    OPENPGP("asc"),
    /** A DER CMS (PKCS#7) signature by an X.509 certificate, checked with {@code openssl cms -verify}. */
    CMS("p7s");

    private final String suffix;

    SignatureFormat(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
