package hep.capsule.internal.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.SignatureFile;
import hep.capsule.internal.archive.bag.SignatureFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capsule's CMS signatures and time-stamps against OpenSSL, both ways, and the expiry rule. */
class CmsInteropTest {
    private static final byte[] TAG_MANIFEST = "0123abcd  capsule.json\n".getBytes(StandardCharsets.UTF_8);
    private static final SignatureFile FILE = new SignatureFile(SignatureFormat.CMS, 1);
    private static final Instant NOW = Instant.now();

    @TempDir
    static Path folder;

    static TestPki pki;
    static TrustAnchors trustPki;
    static LocalTimeStampAuthority tsa;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("Capsule Test Grid CA");
        Files.writeString(folder.resolve("ca.pem"), TestPki.pem(pki.root.certificate()));
        Files.write(folder.resolve("tagmanifest-sha512.txt"), TAG_MANIFEST);
        trustPki = TrustAnchors.load(List.of(), List.of(NamedBytes.read(folder.resolve("ca.pem"))));
        tsa = new LocalTimeStampAuthority(pki.timeStamping("CN=Capsule Test TSA"));
    }

    @AfterAll
    static void tearDown() {
        tsa.close();
    }

    private static Tools.Result openssl(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return Tools.run(folder, Map.of(), command);
    }

    private static CheckedSignature check(byte[] signature, TrustAnchors trust) {
        return new SignatureChecker(trust, Clock.systemUTC()).check(FILE, signature, Optional.empty(), TAG_MANIFEST);
    }

    private static TestPki.Issued validUser(KeyPair keys) throws Exception {
        return pki.user("CN=Ada Lovelace,O=CERN", keys, NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(300)));
    }

    @Test
    void opensslAcceptsCapsuleRsaAndEcdsaSignatures() throws Exception {
        for (KeyPair keys : List.of(TestPki.rsaKeys(), TestPki.ecKeys())) {
            byte[] signature = new CmsSigner(validUser(keys).credentials(), Optional.empty(), Clock.systemUTC())
                    .sign(TAG_MANIFEST)
                    .signature();
            Files.write(folder.resolve("capsule.p7s"), signature);
            Tools.Result verified = openssl(
                    "cms",
                    "-verify",
                    "-binary",
                    "-inform",
                    "DER",
                    "-in",
                    "capsule.p7s",
                    "-content",
                    "tagmanifest-sha512.txt",
                    "-CAfile",
                    "ca.pem",
                    "-purpose",
                    "any",
                    "-out",
                    "/dev/null");
            assertEquals(0, verified.exitCode(), keys.getPublic().getAlgorithm() + ": " + verified.output());
            CheckedSignature checked = check(signature, trustPki);
            assertEquals(SignatureStatus.TRUSTED, checked.status(), checked.explanation());
            assertTrue(checked.signer().contains("CN=Ada Lovelace"), checked.signer());
        }
    }

    @Test
    void capsuleAcceptsOpensslSignatureFromPemFilesAndTellsTrustApart() throws Exception {
        TestPki.Issued user = validUser(TestPki.ecKeys());
        Files.writeString(folder.resolve("usercert.pem"), TestPki.pem(user.certificate()));
        Files.writeString(folder.resolve("userkey.pem"), TestPki.pem(user.keys().getPrivate()));
        Tools.Result signed = openssl(
                "cms",
                "-sign",
                "-binary",
                "-in",
                "tagmanifest-sha512.txt",
                "-signer",
                "usercert.pem",
                "-inkey",
                "userkey.pem",
                "-outform",
                "DER",
                "-out",
                "by-openssl.p7s");
        assertEquals(0, signed.exitCode(), signed.output());
        byte[] signature = Files.readAllBytes(folder.resolve("by-openssl.p7s"));
        assertEquals(SignatureStatus.TRUSTED, check(signature, trustPki).status());
        assertEquals(
                SignatureStatus.VALID_UNTRUSTED,
                check(signature, TrustAnchors.none()).status());
        CheckedSignature changed = new SignatureChecker(trustPki, Clock.systemUTC())
                .check(FILE, signature, Optional.empty(), "changed".getBytes(StandardCharsets.UTF_8));
        assertEquals(SignatureStatus.INVALID, changed.status());
        assertTrue(changed.explanation().contains("does not match tagmanifest-sha512.txt"), changed.explanation());
    }

    @Test
    void readsEncryptedPemAndPkcs12MadeByOpenssl() throws Exception {
        TestPki.Issued user = validUser(TestPki.rsaKeys());
        Files.writeString(folder.resolve("rsa-cert.pem"), TestPki.pem(user.certificate()));
        Files.writeString(folder.resolve("rsa-key.pem"), TestPki.pem(user.keys().getPrivate()));
        Files.writeString(folder.resolve("pass.txt"), "grid-secret\n");
        assertEquals(
                0,
                openssl(
                                "pkcs8",
                                "-topk8",
                                "-in",
                                "rsa-key.pem",
                                "-out",
                                "rsa-key-encrypted.pem",
                                "-passout",
                                "file:pass.txt")
                        .exitCode());
        assertEquals(
                0,
                openssl(
                                "pkcs12",
                                "-export",
                                "-in",
                                "rsa-cert.pem",
                                "-inkey",
                                "rsa-key.pem",
                                "-out",
                                "user.p12",
                                "-passout",
                                "file:pass.txt")
                        .exitCode());
        Passphrase passphrase = "grid-secret"::toCharArray;
        TagManifestSigner fromPem = SigningKeys.unlock(
                NamedBytes.read(folder.resolve("rsa-key-encrypted.pem")),
                List.of(NamedBytes.read(folder.resolve("rsa-cert.pem"))),
                passphrase,
                Optional.empty(),
                Clock.systemUTC());
        TagManifestSigner fromPkcs12 = SigningKeys.unlock(
                NamedBytes.read(folder.resolve("user.p12")),
                List.of(),
                passphrase,
                Optional.empty(),
                Clock.systemUTC());
        assertEquals(
                SignatureStatus.TRUSTED,
                check(fromPem.sign(TAG_MANIFEST).signature(), trustPki).status());
        assertEquals(
                SignatureStatus.TRUSTED,
                check(fromPkcs12.sign(TAG_MANIFEST).signature(), trustPki).status());
        SigningException wrong = assertThrows(
                SigningException.class,
                () -> SigningKeys.unlock(
                        NamedBytes.read(folder.resolve("user.p12")),
                        List.of(),
                        "guess"::toCharArray,
                        Optional.empty(),
                        Clock.systemUTC()));
        assertTrue(wrong.getMessage().contains("wrong passphrase"), wrong.getMessage());
    }

    @Test
    void opensslAcceptsTheTimeStampTokenOnTheSignatureValue() throws Exception {
        tsa.setClock(NOW);
        byte[] signature = new CmsSigner(
                        validUser(TestPki.ecKeys()).credentials(),
                        Optional.of(new TimeStampAuthority(tsa.url())),
                        Clock.systemUTC())
                .sign(TAG_MANIFEST)
                .signature();
        SignerInformation signer = new CMSSignedData(signature)
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        Files.write(folder.resolve("signature-value.bin"), signer.getSignature());
        Files.write(
                folder.resolve("token.der"),
                signer.getUnsignedAttributes()
                        .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                        .getAttrValues()
                        .getObjectAt(0)
                        .toASN1Primitive()
                        .getEncoded());
        Tools.Result verified = openssl(
                "ts", "-verify", "-in", "token.der", "-token_in", "-data", "signature-value.bin", "-CAfile", "ca.pem");
        assertEquals(0, verified.exitCode(), verified.output());
        CheckedSignature checked = check(signature, trustPki);
        assertEquals(SignatureStatus.TRUSTED, checked.status(), checked.explanation());
        assertEquals("CN=Capsule Test TSA", checked.timeStamp().orElseThrow().authority());
    }

    @Test
    void anExpiredCertificateCountsOnlyWithATimeStampFromBeforeItsExpiry() throws Exception {
        Instant signedAt = NOW.minus(Duration.ofDays(20));
        TestPki.Issued expired = pki.user(
                "CN=Former Member,O=CERN",
                TestPki.ecKeys(),
                NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofDays(10)));
        Clock thenClock = Clock.fixed(signedAt, ZoneOffset.UTC);

        tsa.setClock(signedAt);
        byte[] stampedBefore = new CmsSigner(
                        expired.credentials(), Optional.of(new TimeStampAuthority(tsa.url())), thenClock)
                .sign(TAG_MANIFEST)
                .signature();
        CheckedSignature before = check(stampedBefore, trustPki);
        assertEquals(SignatureStatus.TRUSTED, before.status(), before.explanation());

        tsa.setClock(NOW.minus(Duration.ofDays(5)));
        byte[] stampedAfter = new CmsSigner(
                        expired.credentials(), Optional.of(new TimeStampAuthority(tsa.url())), thenClock)
                .sign(TAG_MANIFEST)
                .signature();
        CheckedSignature after = check(stampedAfter, trustPki);
        assertEquals(SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP, after.status());
        assertTrue(after.explanation().contains("before the time-stamp"), after.explanation());

        byte[] unstamped = new CmsSigner(expired.credentials(), Optional.empty(), thenClock)
                .sign(TAG_MANIFEST)
                .signature();
        CheckedSignature none = check(unstamped, trustPki);
        assertEquals(SignatureStatus.EXPIRED_WITHOUT_TIMESTAMP, none.status());
        assertTrue(none.explanation().contains("no trusted time-stamp"), none.explanation());
    }

    @Test
    void ed25519CertificatesAreRefusedForCms() throws Exception {
        KeyPair ed = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        TestPki.Issued user = pki.user("CN=Ed,O=CERN", ed, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        SigningException e = assertThrows(
                SigningException.class, () -> new CmsSigner(user.credentials(), Optional.empty(), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("OpenSSL 3.0"), e.getMessage());
    }
}
