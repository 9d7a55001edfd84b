package hep.capsule.api;

import java.util.Optional;

/**
 * One signature of a capsule, checked. A signature never changes the verdict; whether it is trusted depends on the keys
 * and CA certificates given in {@link VerifyRequest}.
 *
 * @param file the signature file, e.g. {@code tagmanifest-sha512.txt.asc}
 * @param kind {@code OPENPGP} or {@code CMS}
 * @param signer the OpenPGP user ID or the certificate's subject
 * @param fingerprint the OpenPGP key's fingerprint, or the certificate's SHA-256 fingerprint
 * @param status what the signature proves
 * @param signedAt the signing time the signature claims, ISO-8601 UTC
 * @param timeStampedAt the time a time-stamping authority certifies, ISO-8601 UTC
 * @param explanation why it has that status, in one sentence
 */
public record Signature(
        String file,
        String kind,
        String signer,
        String fingerprint,
        Status status,
        Optional<String> signedAt,
        Optional<String> timeStampedAt,
        String explanation) {

    /** What one signature proves about the capsule. */
    public enum Status {
        /** It matches, and its key is one the caller trusts (directly, or through a trusted CA). */
        TRUSTED,
        /** It matches, but its key or certificate is not among those the caller trusts. */
        VALID_UNTRUSTED,
        /** An OpenPGP signature by a key the caller did not give: it cannot be checked. */
        UNKNOWN_KEY,
        /** It does not match the capsule, or is malformed. */
        INVALID,
        /** It matches, but its key has expired and no trusted time-stamp proves it was made before. */
        EXPIRED_WITHOUT_TIMESTAMP
    }
}
