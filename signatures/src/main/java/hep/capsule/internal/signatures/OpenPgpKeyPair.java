package hep.capsule.internal.signatures;

/**
 * A newly made OpenPGP key, as the armored files {@code capsule keygen} writes.
 *
 * @param publicKey the armored public key, to publish and to give to {@code --trust}
 * @param secretKey the armored secret key, protected by the passphrase
 * @param fingerprint the key's fingerprint in upper-case hexadecimal
 */
public record OpenPgpKeyPair(String publicKey, String secretKey, String fingerprint) {}
