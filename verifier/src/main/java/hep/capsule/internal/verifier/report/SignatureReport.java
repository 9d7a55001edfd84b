package hep.capsule.internal.verifier.report;

import hep.capsule.internal.signatures.CheckedSignature;
import hep.capsule.internal.signatures.SignatureStatus;
import hep.capsule.internal.signatures.TimeStamp;
import java.time.Instant;

/**
 * One signature of an archive, as the report shows it. Absent values are empty strings; times are ISO-8601 UTC.
 *
 * @param file the signature file, e.g. {@code tagmanifest-sha512.txt.asc}
 * @param kind {@code OPENPGP} or {@code CMS}
 * @param signer the OpenPGP user ID or the certificate subject
 * @param fingerprint the OpenPGP key fingerprint, or the certificate's SHA-256 fingerprint
 * @param signedAt the signing time the signature claims
 * @param timeStampedAt the time the time-stamping authority certifies
 * @param timeStampAuthority the authority's certificate subject
 * @param status what the signature proves
 * @param explanation why, in one sentence
 */
public record SignatureReport(
        String file,
        String kind,
        String signer,
        String fingerprint,
        String signedAt,
        String timeStampedAt,
        String timeStampAuthority,
        SignatureStatus status,
        String explanation) {

    public static SignatureReport of(CheckedSignature checked) {
        return new SignatureReport(
                checked.file(),
                checked.format().name(),
                checked.signer(),
                checked.fingerprint(),
                checked.signedAt().map(Instant::toString).orElse(""),
                checked.timeStamp().map(t -> t.time().toString()).orElse(""),
                checked.timeStamp().map(TimeStamp::authority).orElse(""),
                checked.status(),
                checked.explanation());
    }
}
