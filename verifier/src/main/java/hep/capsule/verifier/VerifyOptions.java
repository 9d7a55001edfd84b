package hep.capsule.verifier;

import hep.capsule.signatures.TrustAnchors;
import hep.capsule.verifier.archive.ArchiveLimits;

/**
 * How to verify.
 *
 * @param limits        what the verifier is willing to unpack from one archive
 * @param trust         the OpenPGP keys and CA certificates whose signatures count as TRUSTED
 * @param integrityOnly run only the safety, checksum and metadata checks (a fixity check):
 *                      nothing is executed and the verdict is at best {@code INTACT}
 */
public record VerifyOptions(ArchiveLimits limits, TrustAnchors trust, boolean integrityOnly) {
    public static VerifyOptions defaults() {
        return new VerifyOptions(ArchiveLimits.defaults(), TrustAnchors.none(), false);
    }

    public VerifyOptions withLimits(ArchiveLimits other) {
        return new VerifyOptions(other, trust, integrityOnly);
    }
}
