package hep.capsule.internal.signatures;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a certificate leads, through the intermediate certificates a signature carries, to one of the trusted CAs,
 * judged at a given time. Revocation is not checked: years later the CRLs are gone, which is what time-stamps are for.
 */
final class CertificatePaths {
    private CertificatePaths() {}

    static boolean trusted(
            X509Certificate certificate, Collection<X509Certificate> intermediates, TrustAnchors trust, Instant at) {
        if (trust.certificateAuthorities().isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> anchors = trust.certificateAuthorities().stream()
                    .map(ca -> new TrustAnchor(ca, null))
                    .collect(Collectors.toSet());
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
