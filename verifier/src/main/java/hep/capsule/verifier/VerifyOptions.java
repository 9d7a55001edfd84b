package hep.capsule.verifier;

import hep.capsule.verifier.archive.ArchiveLimits;

/**
 * How to verify.
 *
 * @param limits what the verifier is willing to unpack from one archive
 */
public record VerifyOptions(ArchiveLimits limits) {
    public static VerifyOptions defaults() {
        return new VerifyOptions(ArchiveLimits.defaults());
    }
}
