package hep.capsule.internal.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.bouncycastle.util.encoders.Hex;

/**
 * Makes the signing key of {@code capsule keygen}: a version-4 Ed25519 key (EdDSA "legacy", algorithm 22), which GnuPG
 * 2.2 and later read, expiring after a given time or never, with its secret part encrypted by AES-256 under an iterated
 * and salted SHA-256 passphrase derivation. Version-6 keys are avoided on purpose: GnuPG 2.2 cannot read them.
 */
public final class OpenPgpKeyGenerator {
    /** About 65 million bytes hashed per passphrase guess (RFC 4880 S2K count byte 0xE0). */
    private static final int S2K_COUNT = 0xE0;
    /** The key-expiration subpacket holds an unsigned 32-bit number of seconds. */
    private static final long MAX_VALID_SECONDS = 0xFFFFFFFFL;

    private OpenPgpKeyGenerator() {}

    /** @param validFor how long after {@code created} the key expires; empty for a key that never does */
    public static OpenPgpKeyPair generate(
            String userId, char[] passphrase, Instant created, Optional<Duration> validFor) throws SigningException {
        if (passphrase.length == 0) {
            throw new SigningException("the passphrase is empty; a secret key must be protected by one");
        }
        if (validFor.isPresent()
                && (validFor.get().getSeconds() < 1 || validFor.get().getSeconds() > MAX_VALID_SECONDS)) {
            throw new SigningException("a key must expire after it is made and within " + MAX_VALID_SECONDS / 86400
                    + " days (the OpenPGP limit), not after " + validFor.get().toDays() + " days");
        }
        try {
            Ed25519KeyPairGenerator ed25519 = new Ed25519KeyPairGenerator();
            ed25519.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
            PGPKeyPair key = new BcPGPKeyPair(
                    PublicKeyPacket.VERSION_4,
                    PublicKeyAlgorithmTags.EDDSA_LEGACY,
                    ed25519.generateKeyPair(),
                    Date.from(created));

            PGPSignatureSubpacketGenerator selfSignature = new PGPSignatureSubpacketGenerator();
            selfSignature.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            selfSignature.setPreferredHashAlgorithms(
                    false, new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
            selfSignature.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
            selfSignature.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
            selfSignature.setIssuerFingerprint(false, key.getPublicKey());
            if (validFor.isPresent()) {
                selfSignature.setKeyExpirationTime(false, validFor.get().getSeconds());
            }

            BcPGPDigestCalculatorProvider digests = new BcPGPDigestCalculatorProvider();
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(
                    PGPSignature.POSITIVE_CERTIFICATION,
                    key,
                    userId,
                    digests.get(HashAlgorithmTags.SHA1),
                    selfSignature.generate(),
                    null,
                    new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA512),
                    new BcPBESecretKeyEncryptorBuilder(
                                    SymmetricKeyAlgorithmTags.AES_256, digests.get(HashAlgorithmTags.SHA256), S2K_COUNT)
                            .build(passphrase));
            String publicKey = armor(out -> rings.generatePublicKeyRing().encode(out));
            String secretKey = armor(out -> rings.generateSecretKeyRing().encode(out));
            return new OpenPgpKeyPair(
                    publicKey,
                    secretKey,
                    Hex.toHexString(key.getPublicKey().getFingerprint()).toUpperCase(java.util.Locale.ROOT));
        } catch (PGPException | IOException e) {
            throw new SigningException("cannot make an OpenPGP key: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Encoder {
        void encode(OutputStream out) throws IOException;
    }

    static String armor(Encoder encoder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored =
                ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
            encoder.encode(armored);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
