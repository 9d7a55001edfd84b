package hep.capsule.signatures;

import hep.capsule.bag.SignatureFile;
import java.time.Clock;

/** Checks the detached signatures of a bag's tag manifest against whom the verifier trusts. */
public final class SignatureChecker {
    private final TrustAnchors trust;
    private final Clock clock;

    public SignatureChecker(TrustAnchors trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * @param signature    the signature file's name
     * @param signatureFile its bytes
     * @param tagManifest  the bytes of {@code tagmanifest-sha512.txt}
     */
    public CheckedSignature check(SignatureFile signature, byte[] signatureFile, byte[] tagManifest) {
        return switch (signature.format()) {
            case OPENPGP -> OpenPgpSignatureCheck.check(signature.bagPath(), signatureFile, tagManifest, trust, clock.instant());
            case CMS -> CmsSignatureCheck.check(signature.bagPath(), signatureFile, tagManifest, trust, clock.instant());
        };
    }
}
