package hep.capsule.internal.signatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

/**
 * Reads a {@code --trust} file of OpenPGP public keys. Kept apart from {@link TrustAnchors} so that BouncyCastle, whose
 * signed jars take a noticeable time to check, is loaded only when a key file is given.
 */
final class OpenPgpPublicKeys {
    private OpenPgpPublicKeys() {}

    static List<PGPPublicKeyRing> read(NamedBytes file) throws SigningException {
        if (new String(file.bytes(), StandardCharsets.ISO_8859_1).contains("PRIVATE KEY")) {
            throw new SigningException(file.name()
                    + " is a secret key: give the public key (public.asc) to --trust, and keep the secret one private");
        }
        List<PGPPublicKeyRing> keys = new ArrayList<>();
        try {
            new PGPPublicKeyRingCollection(
                            PGPUtil.getDecoderStream(new ByteArrayInputStream(file.bytes())),
                            new BcKeyFingerprintCalculator())
                    .forEach(keys::add);
        } catch (IOException | PGPException | RuntimeException e) {
            throw new SigningException(file.name() + " is not an OpenPGP public key file (" + e.getMessage() + ")", e);
        }
        return keys;
    }
}
