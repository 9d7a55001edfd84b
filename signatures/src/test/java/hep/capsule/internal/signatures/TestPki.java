package hep.capsule.internal.signatures;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority for tests: a root, user certificates and a time-stamping certificate. Public for the
 * command-line tests, which get it through this module's test jar.
 */
public final class TestPki {
    public record Issued(KeyPair keys, X509Certificate certificate) {
        X509Credentials credentials(X509Certificate... chain) {
            java.util.List<X509Certificate> all = new java.util.ArrayList<>(java.util.List.of(certificate));
            all.addAll(java.util.List.of(chain));
            return new X509Credentials(keys.getPrivate(), all);
        }
    }

    private static long serial = 1;
    public final Issued root;

    public TestPki(String name) throws Exception {
        KeyPair keys = ecKeys();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name("CN=" + name),
                BigInteger.valueOf(serial++),
                Date.from(now.minusSeconds(400L * 86400)),
                Date.from(now.plusSeconds(400L * 86400)),
                new X500Name("CN=" + name),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        root = new Issued(keys, sign(builder, keys.getPrivate()));
    }

    Issued user(String subject, KeyPair keys, Instant notBefore, Instant notAfter) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                root.certificate(),
                BigInteger.valueOf(serial++),
                Date.from(notBefore),
                Date.from(notAfter),
                new X500Name(subject),
                keys.getPublic());
        builder.addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new Issued(keys, sign(builder, root.keys().getPrivate()));
    }

    public Issued timeStamping(String subject) throws Exception {
        KeyPair keys = ecKeys();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                root.certificate(),
                BigInteger.valueOf(serial++),
                Date.from(now.minusSeconds(300L * 86400)),
                Date.from(now.plusSeconds(300L * 86400)),
                new X500Name(subject),
                keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        return new Issued(keys, sign(builder, root.keys().getPrivate()));
    }

    static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static String pem(Object... objects) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(
                        object instanceof PrivateKey key
                                ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null)
                                : object);
            }
        }
        return text.toString();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
