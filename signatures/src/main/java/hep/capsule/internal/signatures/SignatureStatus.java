package hep.capsule.internal.signatures;

/** What one signature proves about the archive. */
public enum SignatureStatus {
    /** The signature matches and its key is one the verifier trusts (directly, or through a trusted CA). */
    TRUSTED,
    /** The signature matches, but its key or certificate is not among those the verifier trusts. */
    VALID_UNTRUSTED,
    /** An OpenPGP signature by a key the verifier was not given: without the key it cannot be checked at all. */
    UNKNOWN_KEY,
    /** The signature does not match the archive, or is malformed. */
    INVALID,
    /** The signature matches, but its key has expired and no trusted time-stamp proves it was made before then. */
    EXPIRED_WITHOUT_TIMESTAMP;

    public boolean isTrusted() {
        return this == TRUSTED;
    }
}
