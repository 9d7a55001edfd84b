package hep.capsule.internal.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * An X.509 private key with its certificate and chain, as grid users hold them: PEM files ({@code userkey.pem} and
 * {@code usercert.pem}, the key possibly encrypted) or one PKCS#12 file.
 *
 * @param key the private key
 * @param chain the signer's certificate first, then any intermediate CA certificates
 */
public record X509Credentials(PrivateKey key, List<X509Certificate> chain) {
    public X509Credentials {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Reads PEM text: a private key (plain, PKCS#8-encrypted or OpenSSL-encrypted) and certificates, in one file or
     * several.
     */
    public static X509Credentials fromPem(List<NamedBytes> pemFiles, Passphrase passphrase) throws SigningException {
        PrivateKey key = null;
        List<X509Certificate> certificates = new ArrayList<>();
        for (NamedBytes file : pemFiles) {
            try (PEMParser parser = new PEMParser(
                    new InputStreamReader(new ByteArrayInputStream(file.bytes()), StandardCharsets.US_ASCII))) {
                for (Object item; (item = parser.readObject()) != null; ) {
                    if (item instanceof X509CertificateHolder holder) {
                        certificates.add(new JcaX509CertificateConverter()
                                .setProvider(BouncyCastle.PROVIDER)
                                .getCertificate(holder));
                    } else if (key == null) {
                        key = privateKey(item, file.name(), passphrase);
                    } else {
                        throw new SigningException(file.name() + " holds a second private key; give exactly one");
                    }
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new SigningException(file.name() + " is not a readable PEM file (" + e.getMessage() + ")", e);
            }
        }
        if (key == null) {
            throw new SigningException("no private key found in " + names(pemFiles));
        }
        if (certificates.isEmpty()) {
            throw new SigningException(
                    "no certificate found in " + names(pemFiles) + "; give the certificate with --cert");
        }
        return new X509Credentials(key, signerFirst(key, certificates, names(pemFiles)));
    }

    private static PrivateKey privateKey(Object item, String fileName, Passphrase passphrase)
            throws SigningException, IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
        if (item instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        if (item instanceof PEMKeyPair pair) {
            return converter.getKeyPair(pair).getPrivate();
        }
        char[] secret = passphrase.get();
        try {
            if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                return converter.getPrivateKey(
                        encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                                .setProvider(BouncyCastle.PROVIDER)
                                .build(secret)));
            }
            if (item instanceof PEMEncryptedKeyPair encrypted) {
                return converter
                        .getKeyPair(encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                                .setProvider(BouncyCastle.PROVIDER)
                                .build(secret)))
                        .getPrivate();
            }
        } catch (PKCSException | OperatorCreationException | org.bouncycastle.openssl.EncryptionException e) {
            throw new SigningException("cannot unlock the private key in " + fileName + ": wrong passphrase?");
        } finally {
            Arrays.fill(secret, '\0');
        }
        throw new SigningException(
                fileName + " holds a " + item.getClass().getSimpleName() + ", not a private key or certificate");
    }

    /** Reads a PKCS#12 file (.p12, .pfx) holding one private key and its certificate chain. */
    public static X509Credentials fromPkcs12(NamedBytes file, Passphrase passphrase) throws SigningException {
        char[] secret = passphrase.get();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file.bytes()), secret);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new X509Credentials(key, chain);
                }
            }
            throw new SigningException(file.name() + " holds no private key");
        } catch (IOException e) {
            throw new SigningException(
                    "cannot open " + file.name() + " as PKCS#12: wrong passphrase, or not a PKCS#12 file");
        } catch (GeneralSecurityException e) {
            throw new SigningException(file.name() + " is not a usable PKCS#12 file (" + e.getMessage() + ")", e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Puts the certificate whose public key belongs to the private key first. */
    private static List<X509Certificate> signerFirst(PrivateKey key, List<X509Certificate> certificates, String where)
            throws SigningException {
        for (X509Certificate certificate : certificates) {
            if (KeyMatch.matches(key, certificate.getPublicKey())) {
                List<X509Certificate> chain = new ArrayList<>(certificates);
                chain.remove(certificate);
                chain.add(0, certificate);
                return chain;
            }
        }
        throw new SigningException("none of the certificates in " + where + " belongs to the private key");
    }

    private static String names(List<NamedBytes> files) {
        return String.join(", ", files.stream().map(NamedBytes::name).toList());
    }
}
