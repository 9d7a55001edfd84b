package hep.capsule.api;

import hep.capsule.internal.signatures.Passphrase;
import hep.capsule.internal.signatures.SigningException;
import hep.capsule.internal.signatures.SigningKeys;
import hep.capsule.internal.signatures.TagManifestSigner;
import hep.capsule.internal.signatures.TimeStampAuthority;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key that signs capsules, as {@code capsule sign --key} takes it: an OpenPGP secret key ({@code secret.asc}, an
 * OpenPGP signature), or a PEM private key or PKCS#12 file (a CMS signature), told apart by content. Build it with
 * {@link #of(Path)} and the {@code with...} methods.
 */
public final class SigningKey {
    private final Path keyFile;
    private final List<Path> certificates;
    private final char[] passphrase;
    private final Optional<URI> timeStampAuthority;

    private SigningKey(Path keyFile, List<Path> certificates, char[] passphrase, Optional<URI> timeStampAuthority) {
        this.keyFile = Objects.requireNonNull(keyFile, "keyFile");
        this.certificates = List.copyOf(certificates);
        this.passphrase = passphrase == null ? null : passphrase.clone();
        this.timeStampAuthority = timeStampAuthority;
    }

    /** The key in {@code keyFile}, not protected by a passphrase, without a time-stamp. */
    public static SigningKey of(Path keyFile) {
        return new SigningKey(keyFile, List.of(), null, Optional.empty());
    }

    /** This key, unlocked with {@code secret} (copied: the caller may wipe its array). */
    public SigningKey withPassphrase(char[] secret) {
        return new SigningKey(keyFile, certificates, Objects.requireNonNull(secret, "secret"), timeStampAuthority);
    }

    /**
     * This key with the X.509 certificate (and chain) of a PEM key that is not in the key file itself ({@code --cert}).
     */
    public SigningKey withCertificate(Path certificateFile) {
        List<Path> more = new ArrayList<>(certificates);
        more.add(certificateFile);
        return new SigningKey(keyFile, more, passphrase, timeStampAuthority);
    }

    /**
     * This key, with an RFC 3161 time-stamping authority that certifies when each signature was made ({@code --tsa}):
     * the only network use of Capsule.
     */
    public SigningKey withTimeStampAuthority(URI authority) {
        return new SigningKey(keyFile, certificates, passphrase, Optional.of(authority));
    }

    /** The key file. */
    public Path keyFile() {
        return keyFile;
    }

    /** The certificate files given beside a PEM key. */
    public List<Path> certificates() {
        return certificates;
    }

    /** The time-stamping authority, if any. */
    public Optional<URI> timeStampAuthority() {
        return timeStampAuthority;
    }

    /** Reads and unlocks the key, so that a wrong passphrase shows before any work is done. */
    TagManifestSigner unlock() throws CapsuleException {
        Passphrase secret = () -> {
            if (passphrase == null) {
                throw new SigningException(
                        keyFile + " is protected by a passphrase: give it with SigningKey.withPassphrase");
            }
            return passphrase.clone();
        };
        try {
            Optional<TimeStampAuthority> authority = timeStampAuthority.map(TimeStampAuthority::new);
            return SigningKeys.unlock(keyFile, certificates, secret, authority, Clock.systemUTC());
        } catch (SigningException | IllegalArgumentException e) {
            throw new CapsuleException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CapsuleException("cannot read the key " + keyFile + " or its certificates: " + e.getMessage(), e);
        }
    }
}
