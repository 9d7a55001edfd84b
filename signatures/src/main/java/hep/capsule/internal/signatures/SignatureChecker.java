package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFile;
import java.time.Clock;
import java.util.Optional;

/** Checks the detached signatures of a bag's tag manifest against whom the verifier trusts. */
public final class SignatureChecker {
    private final TrustAnchors trust;
    private final Clock clock;

    public SignatureChecker(TrustAnchors trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * @param signature the signature file's name
     * @param signatureFile its bytes
     * @param timeStampFile the bytes of the time-stamp file beside it ({@link SignatureFile#timeStampFile()}), when the
     *     bag has one
     * @param tagManifest the bytes of {@code tagmanifest-sha512.txt}
     */
    public CheckedSignature check(
            SignatureFile signature, byte[] signatureFile, Optional<byte[]> timeStampFile, byte[] tagManifest) {
        if (timeStampFile.isPresent() && signature.timeStampFile().isEmpty()) {
            throw new IllegalArgumentException(
                    signature.bagPath() + " carries its time-stamp inside; it has no time-stamp file");
        }
        return switch (signature.format()) {
            case OPENPGP ->
                OpenPgpSignatureCheck.check(
                        signature.bagPath(),
                        signatureFile,
                        timeStampFile.map(bytes -> new NamedBytes(
                                signature.timeStampFile().orElseThrow().bagPath(), bytes)),
                        tagManifest,
                        trust,
                        clock.instant());
            case CMS ->
                CmsSignatureCheck.check(signature.bagPath(), signatureFile, tagManifest, trust, clock.instant());
        };
    }
}
