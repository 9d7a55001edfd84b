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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 3161 time-stamps beside OpenPGP signatures: OpenSSL reads them, and they keep a signature of an expired key
 * valid.
 */
class OpenPgpTimeStampTest {
    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private static final byte[] TAG_MANIFEST = "0123abcd  bag-info.txt\n".getBytes(StandardCharsets.UTF_8);
    private static final SignatureFile FIRST = new SignatureFile(SignatureFormat.OPENPGP, 1);
    private static final SignatureFile SECOND = new SignatureFile(SignatureFormat.OPENPGP, 2);
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    static Path folder;

    static TestPki pki;
    static LocalTimeStampAuthority tsa;
    /** Made 30 days ago, valid for 20 days: expired 10 days ago. */
    static OpenPgpKeyPair expired;

    static OpenPgpKeyPair current;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("Capsule Test TSA CA");
        Files.writeString(folder.resolve("tsa-ca.pem"), TestPki.pem(pki.root.certificate()));
        tsa = new LocalTimeStampAuthority(pki.timeStamping("CN=Capsule Test TSA"));
        expired = OpenPgpKeyGenerator.generate(
                "Former Member <former@cern.ch>",
                PASSPHRASE,
                NOW.minus(Duration.ofDays(30)),
                Optional.of(Duration.ofDays(20)));
        current = OpenPgpKeyGenerator.generate("Ada Team <ada@cern.ch>", PASSPHRASE, NOW, Optional.empty());
    }

    @AfterAll
    static void tearDown() {
        tsa.close();
    }

    private static DetachedSignature sign(OpenPgpKeyPair key, Instant at, Optional<Instant> stampedAt)
            throws Exception {
        stampedAt.ifPresent(tsa::setClock);
        Optional<TimeStampAuthority> authority = stampedAt.map(t -> new TimeStampAuthority(tsa.url()));
        return OpenPgpSigner.unlock(
                        key.secretKey().getBytes(StandardCharsets.US_ASCII),
                        "secret.asc",
                        PASSPHRASE::clone,
                        authority,
                        Clock.fixed(at, ZoneOffset.UTC))
                .sign(TAG_MANIFEST);
    }

    private static TrustAnchors trusting(OpenPgpKeyPair key, boolean trustTheTsa) throws Exception {
        return TrustAnchors.load(
                List.of(new NamedBytes("public.asc", key.publicKey().getBytes(StandardCharsets.US_ASCII))),
                trustTheTsa ? List.of(NamedBytes.read(folder.resolve("tsa-ca.pem"))) : List.of());
    }

    private static CheckedSignature check(
            SignatureFile file, DetachedSignature signature, Optional<byte[]> token, TrustAnchors trust) {
        return new SignatureChecker(trust, Clock.systemUTC()).check(file, signature.signature(), token, TAG_MANIFEST);
    }

    @Test
    void opensslAcceptsTheTokenBesideTheSignatureFile() throws Exception {
        DetachedSignature signature = sign(current, NOW, Optional.of(NOW));
        Files.write(folder.resolve("tagmanifest-sha512.txt.asc"), signature.signature());
        Files.write(
                folder.resolve("tagmanifest-sha512.txt.asc.tsr"),
                signature.timeStampToken().orElseThrow());
        Tools.Result verified = Tools.run(
                folder,
                Map.of(),
                List.of(
                        "openssl",
                        "ts",
                        "-verify",
                        "-in",
                        "tagmanifest-sha512.txt.asc.tsr",
                        "-token_in",
                        "-data",
                        "tagmanifest-sha512.txt.asc",
                        "-CAfile",
                        "tsa-ca.pem"));
        assertEquals(0, verified.exitCode(), verified.output());
        Tools.Result printed = Tools.run(
                folder,
                Map.of(),
                List.of("openssl", "ts", "-reply", "-in", "tagmanifest-sha512.txt.asc.tsr", "-token_in", "-text"));
        assertTrue(printed.exitCode() == 0 && printed.output().contains("Hash Algorithm: sha512"), printed.output());

        CheckedSignature checked = check(FIRST, signature, signature.timeStampToken(), trusting(current, true));
        assertEquals(SignatureStatus.TRUSTED, checked.status(), checked.explanation());
        assertEquals(
                new TimeStamp(NOW, "CN=Capsule Test TSA", true),
                checked.timeStamp().orElseThrow());
    }

    @Test
    void anExpiredKeyCountsOnlyWithATrustedTimeStampFromBeforeItsExpiry() throws Exception {
        Instant signedAt = NOW.minus(Duration.ofDays(20));
        DetachedSignature stampedBefore = sign(expired, signedAt, Optional.of(signedAt.plusSeconds(60)));
        CheckedSignature before = check(FIRST, stampedBefore, stampedBefore.timeStampToken(), trusting(expired, true));
        assertEquals(SignatureStatus.TRUSTED, before.status(), before.explanation());
        assertEquals(signedAt.plusSeconds(60), before.timeStamp().orElseThrow().time());

        CheckedSignature untrustedAuthority =
                check(FIRST, stampedBefore, stampedBefore.timeStampToken(), trusting(expired, false));
        assertEquals(SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP, untrustedAuthority.status());
        assertTrue(
                untrustedAuthority.explanation().contains("not from a trusted authority"),
                untrustedAuthority.explanation());

        DetachedSignature stampedAfter = sign(expired, signedAt, Optional.of(NOW.minus(Duration.ofDays(5))));
        CheckedSignature after = check(FIRST, stampedAfter, stampedAfter.timeStampToken(), trusting(expired, true));
        assertEquals(SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP, after.status());
        assertTrue(after.explanation().contains("before the time-stamp"), after.explanation());

        CheckedSignature unstamped = check(FIRST, stampedBefore, Optional.empty(), trusting(expired, true));
        assertEquals(SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP, unstamped.status());
        assertTrue(unstamped.explanation().contains("no trusted time-stamp"), unstamped.explanation());

        SigningException refused = assertThrows(SigningException.class, () -> sign(expired, NOW, Optional.empty()));
        assertTrue(refused.getMessage().contains("can no longer sign"), refused.getMessage());
    }

    @Test
    void gpgReadsTheExpiryTheSameWay() throws Exception {
        Path home = Files.createDirectory(
                folder.resolve("gnupg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.writeString(folder.resolve("expired.asc"), expired.publicKey());
        Map<String, String> environment = Map.of("GNUPGHOME", home.toString());
        assertEquals(
                0,
                Tools.run(folder, environment, List.of("gpg", "--batch", "--import", "expired.asc"))
                        .exitCode());
        Tools.Result listed = Tools.run(folder, environment, List.of("gpg", "--batch", "--with-colons", "--list-keys"));
        String expiry = String.valueOf(NOW.minus(Duration.ofDays(10)).getEpochSecond());
        assertTrue(
                listed.output()
                        .lines()
                        .anyMatch(line -> line.startsWith("pub:e:") && line.split(":")[6].equals(expiry)),
                listed.output());
    }

    @Test
    void aChangedTokenMakesTheSignatureInvalidAndNamesTheFile() throws Exception {
        DetachedSignature signature = sign(current, NOW, Optional.of(NOW));
        byte[] token = signature.timeStampToken().orElseThrow().clone();
        token[token.length - 8] ^= 1;
        CheckedSignature checked = check(FIRST, signature, Optional.of(token), trusting(current, true));
        assertEquals(SignatureStatus.INVALID, checked.status());
        assertTrue(checked.explanation().contains("tagmanifest-sha512.txt.asc.tsr"), checked.explanation());
    }

    @Test
    void aTokenMovedToAnotherSignatureMakesThatSignatureInvalid() throws Exception {
        DetachedSignature first = sign(current, NOW.minusSeconds(1), Optional.of(NOW));
        DetachedSignature second = sign(current, NOW, Optional.of(NOW));
        CheckedSignature moved = check(SECOND, second, first.timeStampToken(), trusting(current, true));
        assertEquals(SignatureStatus.INVALID, moved.status());
        assertTrue(
                moved.explanation().contains("tagmanifest-sha512.txt.2.asc.tsr")
                        && moved.explanation().contains("another signature"),
                moved.explanation());
        CheckedSignature unknownKey = check(SECOND, second, first.timeStampToken(), TrustAnchors.none());
        assertEquals(SignatureStatus.INVALID, unknownKey.status(), "a token is checked without the signer's key");
    }
}
