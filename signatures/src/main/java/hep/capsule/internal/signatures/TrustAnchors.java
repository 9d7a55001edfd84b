package hep.capsule.internal.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPPublicKeyRing;

/**
 * Whom the verifier trusts: OpenPGP public keys ({@code --trust}) and CA certificates ({@code --trust-ca}), which also
 * vouch for time-stamping authorities.
 */
public record TrustAnchors(List<PGPPublicKeyRing> openPgpKeys, List<X509Certificate> certificateAuthorities) {
    public TrustAnchors {
        openPgpKeys = List.copyOf(openPgpKeys);
        certificateAuthorities = List.copyOf(certificateAuthorities);
    }

    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    /** Reads the key and CA files ({@code --trust}, {@code --trust-ca}), then {@link #load loads} them. */
    public static TrustAnchors read(List<Path> keyrings, List<Path> caFiles) throws IOException, SigningException {
        return load(NamedBytes.readAll(keyrings), NamedBytes.readAll(caFiles));
    }

    public static TrustAnchors load(List<NamedBytes> keyrings, List<NamedBytes> caFiles) throws SigningException {
        List<PGPPublicKeyRing> keys = new ArrayList<>();
        for (NamedBytes file : keyrings) {
            keys.addAll(OpenPgpPublicKeys.read(file));
            if (keys.isEmpty()) {
                throw new SigningException(file.name() + " holds no OpenPGP public key");
            }
        }
        List<X509Certificate> authorities = new ArrayList<>();
        for (NamedBytes file : caFiles) {
            try {
                CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(file.bytes()))
                        .forEach(c -> authorities.add((X509Certificate) c));
            } catch (CertificateException e) {
                throw new SigningException(
                        file.name() + " is not a PEM or DER certificate file (" + e.getMessage() + ")", e);
            }
            if (authorities.isEmpty()) {
                throw new SigningException(file.name() + " holds no certificate");
            }
        }
        return new TrustAnchors(keys, authorities);
    }
}
