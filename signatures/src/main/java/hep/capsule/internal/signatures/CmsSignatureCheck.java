package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/** Checks one detached CMS signature of the tag manifest, its certificate chain and its time-stamp. */
final class CmsSignatureCheck {
    private CmsSignatureCheck() {}

    static CheckedSignature check(String file, byte[] der, byte[] signed, TrustAnchors trust, Instant now) {
        CMSSignedData data;
        SignerInformation signerInfo;
        X509CertificateHolder holder;
        X509Certificate certificate;
        List<X509Certificate> carried = new ArrayList<>();
        try {
            data = new CMSSignedData(new CMSProcessableByteArray(signed), der);
            if (data.getSignerInfos().size() != 1) {
                return CheckedSignature.malformed(
                        file,
                        SignatureFormat.CMS,
                        "holds " + data.getSignerInfos().size()
                                + " signers; a capsule signature file holds exactly one");
            }
            signerInfo = data.getSignerInfos().getSigners().iterator().next();
            Optional<X509CertificateHolder> match = data.getCertificates().getMatches(signerInfo.getSID()).stream()
                    .findFirst();
            if (match.isEmpty()) {
                return CheckedSignature.malformed(
                        file, SignatureFormat.CMS, "does not include the signer's certificate");
            }
            holder = match.get();
            JcaX509CertificateConverter converter =
                    new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
            certificate = converter.getCertificate(holder);
            for (X509CertificateHolder other : data.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate(other));
            }
        } catch (CMSException | CertificateException | RuntimeException e) {
            return CheckedSignature.malformed(
                    file, SignatureFormat.CMS, "is not a DER CMS signature (" + e.getMessage() + ")");
        }
        String signer = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        String fingerprint = sha256Fingerprint(certificate);
        Optional<Instant> signedAt = signingTime(signerInfo);
        CheckedSignature unchecked = new CheckedSignature(
                file,
                SignatureFormat.CMS,
                signer,
                fingerprint,
                signedAt,
                Optional.empty(),
                SignatureStatus.INVALID,
                "");
        try {
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(holder))) {
                return unchecked.invalidBecause(
                        "does not match its own signed attributes: the signature has been changed");
            }
        } catch (CMSSignerDigestMismatchException e) {
            return unchecked.invalidBecause(
                    "does not match tagmanifest-sha512.txt: the tag manifest has been changed, or the "
                            + "signature belongs to another archive");
        } catch (CMSVerifierCertificateNotValidException e) {
            return unchecked.invalidBecause(
                    "claims a signing time at which the certificate " + signer + " was not valid");
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return unchecked.invalidBecause("cannot be checked (" + e.getMessage() + ")");
        }
        Optional<TimeStamp> timeStamp;
        try {
            timeStamp = timeStamp(signerInfo, trust);
        } catch (TimeStampCheck.BadTimeStamp e) {
            return unchecked.invalidBecause(e.getMessage());
        }
        Instant validAt =
                timeStamp.filter(TimeStamp::trusted).map(TimeStamp::time).orElse(now);
        Optional<String> expired = ExpiryRule.problem(
                "the certificate " + signer,
                Optional.of(certificate.getNotAfter().toInstant()),
                timeStamp,
                now);
        SignatureStatus status;
        String explanation;
        if (expired.isPresent()) {
            status = SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP;
            explanation = expired.get();
        } else if (CertificatePaths.trusted(certificate, carried, trust, validAt)) {
            status = SignatureStatus.TRUSTED;
            explanation = "is a good signature by a certificate from a trusted CA"
                    + (timeStamp.isPresent() ? ", time-stamped " + validAt : "");
        } else {
            status = SignatureStatus.VALID_UNTRUSTED;
            explanation = "is a good signature, but the certificate does not lead to a CA given with --trust-ca";
        }
        return new CheckedSignature(
                file, SignatureFormat.CMS, signer, fingerprint, signedAt, timeStamp, status, explanation);
    }

    private static Optional<Instant> signingTime(SignerInformation signerInfo) {
        if (signerInfo.getSignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signerInfo.getSignedAttributes().get(CMSAttributes.signingTime);
        return attribute == null
                ? Optional.empty()
                : Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                        .getDate()
                        .toInstant());
    }

    private static Optional<TimeStamp> timeStamp(SignerInformation signerInfo, TrustAnchors trust)
            throws TimeStampCheck.BadTimeStamp {
        if (signerInfo.getUnsignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute =
                signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        ASN1Encodable token = attribute.getAttrValues().getObjectAt(0);
        try {
            return Optional.of(
                    TimeStampCheck.check(token.toASN1Primitive().getEncoded(), signerInfo.getSignature(), trust));
        } catch (IOException e) {
            throw new TimeStampCheck.BadTimeStamp("the time-stamp is malformed (" + e.getMessage() + ")");
        }
    }

    private static String sha256Fingerprint(X509Certificate certificate) {
        try {
            return OpenPgpSignatureCheck.fingerprint(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate always has a DER encoding and SHA-256 exists", e);
        }
    }
}
