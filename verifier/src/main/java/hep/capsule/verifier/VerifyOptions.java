package hep.capsule.verifier;

import hep.capsule.signatures.TrustAnchors;
import hep.capsule.verifier.archive.ArchiveLimits;

/**
 * How to verify.
 *
 * @param limits what the verifier is willing to unpack from one archive
 * @param trust  the OpenPGP keys and CA certificates whose signatures count as TRUSTED
 */
public record VerifyOptions(ArchiveLimits limits, TrustAnchors trust) {
    public static VerifyOptions defaults() {
        return new VerifyOptions(ArchiveLimits.defaults(), TrustAnchors.none());
    }

    public VerifyOptions withLimits(ArchiveLimits other) {
        return new VerifyOptions(other, trust);
    }
}
