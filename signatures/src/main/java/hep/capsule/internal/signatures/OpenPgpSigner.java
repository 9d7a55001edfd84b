package hep.capsule.internal.signatures;

import hep.capsule.internal.archive.bag.SignatureFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Makes armored, detached, version-4 OpenPGP signatures over SHA-512 with an unlocked secret key, the kind {@code gpg
 * --verify SIGNATURE FILE} checks. When an authority is given, it also gets an RFC 3161 token on the SHA-512 of the
 * signature file, to be stored beside it.
 */
public final class OpenPgpSigner implements TagManifestSigner {
    private final PGPSecretKey key;
    private final PGPPrivateKey unlocked;
    private final Optional<TimeStampAuthority> timeStampAuthority;
    private final Clock clock;

    private OpenPgpSigner(
            PGPSecretKey key, PGPPrivateKey unlocked, Optional<TimeStampAuthority> timeStampAuthority, Clock clock) {
        this.key = key;
        this.unlocked = unlocked;
        this.timeStampAuthority = timeStampAuthority;
        this.clock = clock;
    }

    /**
     * @param armoredSecretKey the content of a secret key file such as {@code secret.asc}
     * @param keyName how to name the key file in messages
     */
    public static OpenPgpSigner unlock(
            byte[] armoredSecretKey,
            String keyName,
            Passphrase passphrase,
            Optional<TimeStampAuthority> timeStampAuthority,
            Clock clock)
            throws SigningException {
        PGPSecretKey key = signingKey(armoredSecretKey, keyName);
        Optional<Instant> expires = OpenPgpKeyExpiry.of(key.getPublicKey());
        if (expires.isPresent() && !clock.instant().isBefore(expires.get())) {
            throw new SigningException(keyName + " expired on " + expires.get()
                    + " and can no longer sign; make a new key with capsule keygen");
        }
        if (key.getKeyEncryptionAlgorithm() == 0) {
            return new OpenPgpSigner(key, extract(key, new char[0], keyName), timeStampAuthority, clock);
        }
        char[] secret = passphrase.get();
        try {
            return new OpenPgpSigner(key, extract(key, secret, keyName), timeStampAuthority, clock);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    private static PGPSecretKey signingKey(byte[] armored, String keyName) throws SigningException {
        try {
            PGPSecretKeyRing ring = new PGPSecretKeyRing(
                    PGPUtil.getDecoderStream(new ByteArrayInputStream(armored)), new BcKeyFingerprintCalculator());
            for (Iterator<PGPSecretKey> keys = ring.getSecretKeys(); keys.hasNext(); ) {
                PGPSecretKey candidate = keys.next();
                if (candidate.isSigningKey() && !candidate.isPrivateKeyEmpty()) {
                    return candidate;
                }
            }
            throw new SigningException(keyName + " holds no OpenPGP secret key that can sign");
        } catch (IOException | PGPException | RuntimeException e) {
            throw new SigningException(keyName + " is not an OpenPGP secret key (" + e.getMessage() + ")", e);
        }
    }

    private static PGPPrivateKey extract(PGPSecretKey key, char[] passphrase, String keyName) throws SigningException {
        try {
            return key.extractPrivateKey(
                    new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
        } catch (PGPException e) {
            throw new SigningException("cannot unlock " + keyName + ": wrong passphrase?");
        }
    }

    @Override
    public SignatureFormat format() {
        return SignatureFormat.OPENPGP;
    }

    @Override
    public DetachedSignature sign(byte[] tagManifest) throws SigningException {
        byte[] signature = armoredSignature(tagManifest);
        return new DetachedSignature(
                signature,
                timeStampAuthority.isEmpty()
                        ? Optional.empty()
                        : Optional.of(timeStampAuthority.get().stamp(signature)));
    }

    private byte[] armoredSignature(byte[] tagManifest) throws SigningException {
        try {
            PGPSignatureGenerator generator = new PGPSignatureGenerator(
                    new BcPGPContentSignerBuilder(key.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA512),
                    key.getPublicKey());
            generator.init(PGPSignature.BINARY_DOCUMENT, unlocked);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, Date.from(clock.instant()));
            hashed.setIssuerFingerprint(false, key.getPublicKey());
            generator.setHashedSubpackets(hashed.generate());
            generator.update(tagManifest);
            PGPSignature signature = generator.generate();
            return OpenPgpKeyGenerator.armor(signature::encode).getBytes(StandardCharsets.US_ASCII);
        } catch (PGPException | IOException e) {
            throw new SigningException("cannot make the OpenPGP signature: " + e.getMessage(), e);
        }
    }
}
