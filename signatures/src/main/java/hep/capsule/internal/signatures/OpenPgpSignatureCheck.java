package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.util.encoders.Hex;

/**
 * Checks one detached OpenPGP signature (armored or binary) of the tag manifest against the trusted keys, with the RFC
 * 3161 time-stamp stored beside it when there is one. A time-stamp that proves nothing about the signature file
 * (changed, or taken from another signature) makes the signature INVALID: the archive has been tampered with.
 */
final class OpenPgpSignatureCheck {
    private OpenPgpSignatureCheck() {}

    /** @param timeStampFile the {@code .tsr} file beside the signature, if there is one */
    static CheckedSignature check(
            String file,
            byte[] signatureFile,
            Optional<NamedBytes> timeStampFile,
            byte[] signed,
            TrustAnchors trust,
            Instant now) {
        PGPSignature signature;
        try {
            signature = onlySignature(signatureFile);
        } catch (IOException | PGPException | RuntimeException e) {
            return CheckedSignature.malformed(
                    file, SignatureFormat.OPENPGP, "is not an OpenPGP signature (" + e.getMessage() + ")");
        }
        if (signature == null) {
            return CheckedSignature.malformed(file, SignatureFormat.OPENPGP, "must hold exactly one OpenPGP signature");
        }
        if (signature.getSignatureType() != PGPSignature.BINARY_DOCUMENT) {
            return CheckedSignature.malformed(
                    file,
                    SignatureFormat.OPENPGP,
                    "is not a signature of a file (OpenPGP signature type " + signature.getSignatureType()
                            + "); sign with gpg --detach-sign");
        }
        Optional<Instant> signedAt = Optional.of(signature.getCreationTime().toInstant());
        Optional<TimeStamp> timeStamp;
        try {
            timeStamp = timeStamp(timeStampFile, signatureFile, trust);
        } catch (TimeStampCheck.BadTimeStamp e) {
            return new CheckedSignature(
                    file,
                    SignatureFormat.OPENPGP,
                    "",
                    issuer(signature),
                    signedAt,
                    Optional.empty(),
                    SignatureStatus.INVALID,
                    "has a time-stamp beside it, " + timeStampFile.orElseThrow().name() + ", that proves nothing: "
                            + e.getMessage());
        }
        Optional<PGPPublicKeyRing> ring = trust.openPgpKeys().stream()
                .filter(r -> r.getPublicKey(signature.getKeyID()) != null)
                .findFirst();
        if (ring.isEmpty()) {
            return new CheckedSignature(
                    file,
                    SignatureFormat.OPENPGP,
                    "",
                    issuer(signature),
                    signedAt,
                    timeStamp,
                    SignatureStatus.UNKNOWN_KEY,
                    "is by OpenPGP key " + issuer(signature)
                            + ", which is not among the --trust keys; give its public key to check it");
        }
        PGPPublicKey key = ring.get().getPublicKey(signature.getKeyID());
        String signer = userId(ring.get());
        String fingerprint = fingerprint(key.getFingerprint());
        Optional<Instant> expires = OpenPgpKeyExpiry.of(key);
        CheckedSignature checked = new CheckedSignature(
                file,
                SignatureFormat.OPENPGP,
                signer,
                fingerprint,
                signedAt,
                timeStamp,
                SignatureStatus.TRUSTED,
                "is a good signature by a trusted key"
                        + timeStamp
                                .map(t -> ", time-stamped " + t.time() + " by " + t.authority()
                                        + (t.trusted() ? "" : " (not a trusted authority)"))
                                .orElse(""));
        try {
            signature.init(new BcPGPContentVerifierBuilderProvider(), key);
            signature.update(signed);
            if (!signature.verify()) {
                return checked.invalidBecause(
                        "does not match tagmanifest-sha512.txt: the tag manifest or the signature has been changed");
            }
        } catch (PGPException | RuntimeException e) {
            return checked.invalidBecause("cannot be checked with key " + fingerprint + " (" + e.getMessage() + ")");
        }
        if (expires.isPresent() && signedAt.get().isAfter(expires.get())) {
            return checked.invalidBecause("claims to be made on " + signedAt.get() + ", after key " + fingerprint
                    + " expired on " + expires.get());
        }
        return ExpiryRule.problem("key " + fingerprint, expires, timeStamp, now)
                .map(problem -> new CheckedSignature(
                        file,
                        SignatureFormat.OPENPGP,
                        signer,
                        fingerprint,
                        signedAt,
                        timeStamp,
                        SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP,
                        problem))
                .orElse(checked);
    }

    private static Optional<TimeStamp> timeStamp(
            Optional<NamedBytes> timeStampFile, byte[] signatureFile, TrustAnchors trust)
            throws TimeStampCheck.BadTimeStamp {
        return timeStampFile.isEmpty()
                ? Optional.empty()
                : Optional.of(TimeStampCheck.check(timeStampFile.get().bytes(), signatureFile, trust));
    }

    private static PGPSignature onlySignature(byte[] signatureFile) throws IOException, PGPException {
        BcPGPObjectFactory objects =
                new BcPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(signatureFile)));
        Object first = objects.nextObject();
        if (!(first instanceof PGPSignatureList list) || list.size() != 1 || objects.nextObject() != null) {
            return null;
        }
        return list.get(0);
    }

    private static String issuer(PGPSignature signature) {
        IssuerFingerprint issuer = signature.getHashedSubPackets() == null
                ? null
                : signature.getHashedSubPackets().getIssuerFingerprint();
        return issuer != null
                ? fingerprint(issuer.getFingerprint())
                : String.format(Locale.ROOT, "%016X", signature.getKeyID());
    }

    private static String userId(PGPPublicKeyRing ring) {
        Iterator<String> ids = ring.getPublicKey().getUserIDs();
        return ids.hasNext() ? ids.next() : "";
    }

    static String fingerprint(byte[] bytes) {
        return Hex.toHexString(bytes).toUpperCase(Locale.ROOT);
    }
}
