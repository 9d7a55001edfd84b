package hep.capsule.internal.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.SignatureFile;
import hep.capsule.internal.archive.bag.SignatureFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capsule's OpenPGP signatures against GnuPG, both ways. */
class OpenPgpInteropTest {
    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private static final byte[] TAG_MANIFEST = "0123abcd  bag-info.txt\n".getBytes(StandardCharsets.UTF_8);
    private static final SignatureFile FILE = new SignatureFile(SignatureFormat.OPENPGP, 1);

    @TempDir
    static Path folder;

    static OpenPgpKeyPair key;
    static Path gnupgHome;

    @BeforeAll
    static void makeKey() throws Exception {
        key = OpenPgpKeyGenerator.generate("Ada Team <ada@cern.ch>", PASSPHRASE, Instant.now(), Optional.empty());
        gnupgHome = Files.createDirectory(
                folder.resolve("gnupg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static Tools.Result gpg(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("gpg", "--batch", "--no-tty"));
        command.addAll(List.of(arguments));
        return Tools.run(folder, Map.of("GNUPGHOME", gnupgHome.toString()), command);
    }

    private static byte[] sign(byte[] content) throws Exception {
        return OpenPgpSigner.unlock(
                        key.secretKey().getBytes(StandardCharsets.US_ASCII),
                        "secret.asc",
                        PASSPHRASE::clone,
                        Optional.empty(),
                        Clock.systemUTC())
                .sign(content)
                .signature();
    }

    private static TrustAnchors trusting(String armoredPublicKey) throws Exception {
        return TrustAnchors.load(
                List.of(new NamedBytes("public.asc", armoredPublicKey.getBytes(StandardCharsets.US_ASCII))), List.of());
    }

    @Test
    void gpgAcceptsCapsuleSignatureAndReadsTheVersion4Key() throws Exception {
        Files.writeString(folder.resolve("public.asc"), key.publicKey());
        Files.writeString(folder.resolve("secret.asc"), key.secretKey());
        Files.write(folder.resolve("tagmanifest-sha512.txt"), TAG_MANIFEST);
        Files.write(folder.resolve("tagmanifest-sha512.txt.asc"), sign(TAG_MANIFEST));
        assertEquals(0, gpg("--import", "public.asc").exitCode());
        Tools.Result verified =
                gpg("--status-fd", "1", "--verify", "tagmanifest-sha512.txt.asc", "tagmanifest-sha512.txt");
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("VALIDSIG " + key.fingerprint()), verified.output());

        Files.writeString(folder.resolve("passphrase"), new String(PASSPHRASE));
        Tools.Result imported =
                gpg("--pinentry-mode", "loopback", "--passphrase-file", "passphrase", "--import", "secret.asc");
        assertEquals(0, imported.exitCode(), imported.output());
        Tools.Result listed = gpg("--with-colons", "--list-secret-keys");
        assertTrue(listed.output().contains(":22:"), "an EdDSA (algorithm 22) secret key:\n" + listed.output());
    }

    @Test
    void capsuleAcceptsGpgSignatureAndRejectsChanges() throws Exception {
        Path home = Files.createDirectory(
                folder.resolve("gpg-signer"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> environment = Map.of("GNUPGHOME", home.toString());
        assertEquals(
                0,
                Tools.run(
                                folder,
                                environment,
                                List.of(
                                        "gpg",
                                        "--batch",
                                        "--passphrase",
                                        "",
                                        "--quick-gen-key",
                                        "Gpg User <gpg@example.org>",
                                        "ed25519",
                                        "sign",
                                        "never"))
                        .exitCode());
        Files.write(folder.resolve("signed-by-gpg.txt"), TAG_MANIFEST);
        assertEquals(
                0,
                Tools.run(
                                folder,
                                environment,
                                List.of(
                                        "gpg",
                                        "--batch",
                                        "--armor",
                                        "--detach-sign",
                                        "-o",
                                        "by-gpg.asc",
                                        "signed-by-gpg.txt"))
                        .exitCode());
        String gpgPublic = Tools.run(folder, environment, List.of("gpg", "--batch", "--armor", "--export"))
                .output();
        byte[] signature = Files.readAllBytes(folder.resolve("by-gpg.asc"));

        CheckedSignature good = new SignatureChecker(trusting(gpgPublic), Clock.systemUTC())
                .check(FILE, signature, Optional.empty(), TAG_MANIFEST);
        assertEquals(SignatureStatus.TRUSTED, good.status(), good.explanation());
        assertEquals("Gpg User <gpg@example.org>", good.signer());

        byte[] changed = "0123abce  bag-info.txt\n".getBytes(StandardCharsets.UTF_8);
        CheckedSignature tampered = new SignatureChecker(trusting(gpgPublic), Clock.systemUTC())
                .check(FILE, signature, Optional.empty(), changed);
        assertEquals(SignatureStatus.INVALID, tampered.status());
        assertTrue(tampered.explanation().contains("does not match tagmanifest-sha512.txt"), tampered.explanation());

        CheckedSignature unknown = new SignatureChecker(trusting(key.publicKey()), Clock.systemUTC())
                .check(FILE, signature, Optional.empty(), TAG_MANIFEST);
        assertEquals(SignatureStatus.UNKNOWN_KEY, unknown.status());
    }

    @Test
    void aSignatureOfAnotherArchiveIsInvalid() throws Exception {
        byte[] otherArchive = sign("ffff  bag-info.txt\n".getBytes(StandardCharsets.UTF_8));
        CheckedSignature swapped = new SignatureChecker(trusting(key.publicKey()), Clock.systemUTC())
                .check(FILE, otherArchive, Optional.empty(), TAG_MANIFEST);
        assertEquals(SignatureStatus.INVALID, swapped.status());
        CheckedSignature good = new SignatureChecker(trusting(key.publicKey()), Clock.systemUTC())
                .check(FILE, sign(TAG_MANIFEST), Optional.empty(), TAG_MANIFEST);
        assertEquals(SignatureStatus.TRUSTED, good.status(), good.explanation());
        assertEquals(key.fingerprint(), good.fingerprint());
    }

    @Test
    void aWrongPassphraseIsRefusedWithoutShowingIt() {
        SigningException e = assertThrows(
                SigningException.class,
                () -> OpenPgpSigner.unlock(
                        key.secretKey().getBytes(StandardCharsets.US_ASCII),
                        "secret.asc",
                        "wrong guess"::toCharArray,
                        Optional.empty(),
                        Clock.systemUTC()));
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
        assertTrue(!e.getMessage().contains("wrong guess"), e.getMessage());
    }

    @Test
    void aSecretKeyIsRefusedAsTrustAnchor() {
        SigningException e = assertThrows(SigningException.class, () -> trusting(key.secretKey()));
        assertTrue(e.getMessage().contains("give the public key"), e.getMessage());
    }
}
