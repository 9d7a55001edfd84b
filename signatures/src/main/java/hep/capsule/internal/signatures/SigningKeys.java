package hep.capsule.internal.signatures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the key file a user gives into a signer, telling the kinds apart by content: an armored OpenPGP secret key, PEM
 * (key and certificates, here or in {@code certificates}), or else PKCS#12.
 */
public final class SigningKeys {
    private static final String OPENPGP_SECRET = "-----BEGIN PGP PRIVATE KEY BLOCK-----";
    private static final String PEM = "-----BEGIN ";

    private SigningKeys() {}

    /**
     * Reads the key file and the certificate files, then {@link #unlock(NamedBytes, List, Passphrase, Optional, Clock)
     * unlocks} the key.
     */
    public static TagManifestSigner unlock(
            Path key,
            List<Path> certificates,
            Passphrase passphrase,
            Optional<TimeStampAuthority> timeStampAuthority,
            Clock clock)
            throws IOException, SigningException {
        return unlock(NamedBytes.read(key), NamedBytes.readAll(certificates), passphrase, timeStampAuthority, clock);
    }

    public static TagManifestSigner unlock(
            NamedBytes key,
            List<NamedBytes> certificates,
            Passphrase passphrase,
            Optional<TimeStampAuthority> timeStampAuthority,
            Clock clock)
            throws SigningException {
        String text = new String(key.bytes(), StandardCharsets.ISO_8859_1);
        if (text.contains(OPENPGP_SECRET)) {
            if (!certificates.isEmpty()) {
                throw new SigningException(key.name() + " is an OpenPGP key; --cert is only for X.509 keys");
            }
            return OpenPgpSigner.unlock(key.bytes(), key.name(), passphrase, timeStampAuthority, clock);
        }
        X509Credentials credentials;
        if (text.contains(PEM)) {
            List<NamedBytes> files = new ArrayList<>();
            files.add(key);
            files.addAll(certificates);
            credentials = X509Credentials.fromPem(files, passphrase);
        } else {
            if (!certificates.isEmpty()) {
                throw new SigningException(
                        key.name() + " is read as PKCS#12, which holds its own certificates; drop --cert");
            }
            credentials = X509Credentials.fromPkcs12(key, passphrase);
        }
        return new CmsSigner(credentials, timeStampAuthority, clock);
    }
}
