package hep.capsule.internal.signatures;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Whether a private key and a public key are two halves of one key pair, proved by signing a probe. */
final class KeyMatch {
    private static final byte[] PROBE = "capsule key match".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private KeyMatch() {}

    static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        try {
            String algorithm = CmsAlgorithms.signatureAlgorithm(privateKey);
            Signature signer = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | SigningException e) {
            return false;
        }
    }
}
