package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.signatures.OpenPgpKeyGenerator;
import hep.capsule.internal.signatures.OpenPgpKeyPair;
import hep.capsule.internal.signatures.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = "Make an OpenPGP signing key (version 4, Ed25519, readable by GnuPG 2.2): DIR/public.asc to "
                + "publish and give to verify --trust, DIR/secret.asc protected by a passphrase.")
final class KeygenCommand implements Callable<Integer> {
    static final String PUBLIC_KEY = "public.asc";
    static final String SECRET_KEY = "secret.asc";

    @Option(
            names = "--uid",
            required = true,
            paramLabel = "\"NAME <EMAIL>\"",
            description = "who signs, e.g. \"Ada Lovelace <ada@cern.ch>\"")
    String userId;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "the folder for public.asc and secret.asc")
    Path folder;

    @Option(
            names = "--expires",
            paramLabel = "DAYS",
            description = "let the key expire DAYS days from now; by default it never expires. A signature made "
                    + "before the expiry stays valid after it only with a time-stamp (--tsa)")
    Integer expiresInDays;

    @Mixin
    PassphraseOption passphrase;

    @Override
    public Integer call() throws IOException, UserError {
        Path publicKey = folder.resolve(PUBLIC_KEY);
        Path secretKey = folder.resolve(SECRET_KEY);
        for (Path existing : new Path[] {publicKey, secretKey}) {
            if (Files.exists(existing)) {
                throw new UserError(existing + " exists already; keygen never replaces a key");
            }
        }
        Instant created = Instant.now();
        Optional<Duration> validFor = Optional.ofNullable(expiresInDays).map(Duration::ofDays);
        OpenPgpKeyPair key;
        char[] secret = null;
        try {
            secret = passphrase.source("passphrase for the new key").get();
            key = OpenPgpKeyGenerator.generate(userId, secret, created, validFor);
        } catch (SigningException e) {
            throw new UserError(e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        try {
            AtomicFileWriter.write(
                    secretKey, false, out -> out.write(key.secretKey().getBytes(StandardCharsets.US_ASCII)));
            if (Files.getFileStore(secretKey).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(secretKey, PosixFilePermissions.fromString("rw-------"));
            }
            AtomicFileWriter.write(
                    publicKey, false, out -> out.write(key.publicKey().getBytes(StandardCharsets.US_ASCII)));
        } catch (FileAlreadyExistsException e) {
            throw new UserError(e.getFile() + " appeared meanwhile; keygen never replaces a key", e);
        }
        System.out.println("wrote " + publicKey + " (publish it) and " + secretKey + " (keep it private)");
        System.out.println("fingerprint: " + key.fingerprint());
        System.out.println(
                "expires: " + validFor.map(d -> created.plus(d).toString()).orElse("never"));
        return ExitCodes.OK;
    }
}
