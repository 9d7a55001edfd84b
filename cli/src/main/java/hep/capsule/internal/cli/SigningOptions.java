package hep.capsule.internal.cli;

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
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What signs, for {@code pack --sign-key} and {@code sign --key}: the key file's extras, the time-stamping authority
 * and the passphrase.
 */
final class SigningOptions {
    @Option(
            names = "--cert",
            paramLabel = "PEM",
            description = "the X.509 certificate (and chain) of a PEM key, when not in the key file itself; repeatable")
    List<Path> certificates = new ArrayList<>();

    @Option(
            names = "--tsa",
            paramLabel = "URL",
            description = "an RFC 3161 time-stamping authority to certify when the signature was made (the only "
                    + "network use): inside a CMS signature, beside an OpenPGP one as SIGNATURE.tsr")
    URI tsa;

    @Mixin
    PassphraseOption passphrase;

    /** Reads and unlocks the key, so that a wrong passphrase shows before any work is done. */
    TagManifestSigner unlock(Path key) throws IOException, UserError {
        try {
            Optional<TimeStampAuthority> authority =
                    tsa == null ? Optional.empty() : Optional.of(new TimeStampAuthority(tsa));
            return SigningKeys.unlock(
                    key, certificates, passphrase.source("passphrase of " + key), authority, Clock.systemUTC());
        } catch (SigningException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
