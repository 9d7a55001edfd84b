package hep.capsule.internal.signatures;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks an RFC 3161 time-stamp token on a signature: the token's own signature by the authority's certificate (which
 * must carry the critical id-kp-timeStamping usage), the message imprint against the time-stamped bytes, and whether
 * the authority leads to a trusted CA.
 */
final class TimeStampCheck {
    private TimeStampCheck() {}

    /** The token does not prove anything about this signature. */
    static final class BadTimeStamp extends Exception {
        BadTimeStamp(String message) {
            super(message);
        }
    }

    /** @param stamped what the token must time-stamp: a CMS signature value, or an OpenPGP signature file */
    static TimeStamp check(byte[] tokenBytes, byte[] stamped, TrustAnchors trust) throws BadTimeStamp {
        try {
            TimeStampToken token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(tokenBytes));
            java.util.Collection<X509CertificateHolder> matches =
                    token.getCertificates().getMatches(token.getSID());
            if (matches.isEmpty()) {
                throw new BadTimeStamp("the time-stamp does not include its authority's certificate");
            }
            X509CertificateHolder authority = matches.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(authority));
            String digestName = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID())
                    .replace("SHA", "SHA-");
            byte[] expected = MessageDigest.getInstance(digestName).digest(stamped);
            if (!MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new BadTimeStamp("the time-stamp belongs to another signature (its message imprint differs)");
            }
            JcaX509CertificateConverter converter =
                    new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
            X509Certificate certificate = converter.getCertificate(authority);
            List<X509Certificate> others = new ArrayList<>();
            for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
                others.add(converter.getCertificate(holder));
            }
            java.time.Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            return new TimeStamp(
                    time,
                    certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                    CertificatePaths.trusted(certificate, others, trust, time));
        } catch (TSPException e) {
            throw new BadTimeStamp("the time-stamp is not valid: " + e.getMessage());
        } catch (CMSException | IOException | IllegalArgumentException e) {
            throw new BadTimeStamp("the time-stamp is malformed (" + e.getMessage() + ")");
        } catch (OperatorCreationException | CertificateException | NoSuchAlgorithmException e) {
            throw new BadTimeStamp("the time-stamp cannot be checked (" + e.getMessage() + ")");
        }
    }
}
