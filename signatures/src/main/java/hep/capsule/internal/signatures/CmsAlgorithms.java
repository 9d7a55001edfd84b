package hep.capsule.internal.signatures;

import java.security.PrivateKey;

/** The CMS signature algorithms Capsule uses: SHA-512 with RSA or ECDSA, which OpenSSL 3.0 verifies. */
final class CmsAlgorithms {
    private CmsAlgorithms() {}

    static String signatureAlgorithm(PrivateKey key) throws SigningException {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA512withRSA";
            case "EC", "ECDSA" -> "SHA512withECDSA";
            default ->
                throw new SigningException("a " + key.getAlgorithm()
                        + " key cannot make CMS signatures here: use an RSA or ECDSA key (OpenSSL "
                        + "3.0 cannot verify Ed25519 CMS signatures)");
        };
    }
}
