package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;
import java.time.Instant;
import java.util.Optional;

/**
 * What one signature file says and proves.
 *
 * @param file its bag path, e.g. {@code tagmanifest-sha512.txt.asc}
 * @param format OpenPGP or CMS
 * @param signer the OpenPGP user ID or the certificate subject; empty when unknown
 * @param fingerprint the OpenPGP key fingerprint, or the SHA-256 fingerprint of the certificate
 * @param signedAt the signing time the signature claims
 * @param timeStamp the checked time-stamp, when the signature carries one
 * @param status what the signature proves
 * @param explanation one sentence a person understands
 */
public record CheckedSignature(
        String file,
        SignatureFormat format,
        String signer,
        String fingerprint,
        Optional<Instant> signedAt,
        Optional<TimeStamp> timeStamp,
        SignatureStatus status,
        String explanation) {

    static CheckedSignature malformed(String file, SignatureFormat format, String explanation) {
        return new CheckedSignature(
                file, format, "", "", Optional.empty(), Optional.empty(), SignatureStatus.INVALID, explanation);
    }

    /** This signature, declared INVALID for a reason found outside it. */
    public CheckedSignature invalidBecause(String reason) {
        return new CheckedSignature(
                file, format, signer, fingerprint, signedAt, timeStamp, SignatureStatus.INVALID, reason);
    }
}
