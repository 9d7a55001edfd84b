package hep.capsule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.signatures.OpenPgpKeyGenerator;
import hep.capsule.internal.signatures.OpenPgpKeyPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each call of the API on real capsules: the conformance set's, and an example packed here. */
class CapsuleApiTest {
    private static final Path CONFORMANCE = Path.of("../conformance");
    private static final Path SUSY = Path.of("../archive-examples/atlas-susy-2019-04-4jets/capsule.yaml");
    private static final Path HH = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");

    @TempDir
    Path folder;

    @Test
    void inspectReturnsTheModelsWithTheirInputsAndOutputs() throws CapsuleException {
        CapsuleInfo info = Capsule.inspect(CONFORMANCE.resolve("valid/onnx.tar.gz"));

        assertEquals("conformance-tiny-onnx", info.name());
        assertTrue(info.intact());
        assertEquals(
                List.of(new CapsuleInfo.Model(
                        "tiny",
                        "onnx",
                        "data/models/tiny/tiny.onnx",
                        List.of(new CapsuleInfo.Tensor(
                                "x",
                                "float32",
                                List.of(-1L, 2L),
                                info.models().get(0).inputs().get(0).features())),
                        List.of(new CapsuleInfo.Tensor("y", "float32", List.of(-1L, 2L), List.of())))),
                info.models());
        assertEquals(2, info.models().get(0).inputs().get(0).features().size());
        assertTrue(info.files().stream()
                .anyMatch(f -> f.path().equals("data/models/tiny/tiny.onnx")
                        && f.sha256().length() == 64));
    }

    @Test
    void inspectNamesTheAlteredFileOfACapsuleThatIsNotIntact() throws CapsuleException {
        CapsuleInfo info = Capsule.inspect(CONFORMANCE.resolve("invalid/payload-changed.tar.gz"));

        assertFalse(info.intact());
        assertEquals("PAYLOAD_CHECKSUM_MISMATCH", info.problems().get(0).code());
        assertEquals(
                "conformance-tiny-onnx/data/models/tiny/tiny.onnx",
                info.problems().get(0).file());
    }

    @Test
    void anUnreadableArchiveIsACapsuleExceptionNamingIt() {
        Path archive = CONFORMANCE.resolve("invalid/not-an-archive.tar.gz");
        CapsuleException e = assertThrows(CapsuleException.class, () -> Capsule.inspect(archive));
        assertTrue(e.getMessage().startsWith(archive + " is not a readable capsule"), e.getMessage());
    }

    @Test
    void verifyGivesTheCheckAndFileThatMakeACapsuleInvalid() throws CapsuleException {
        VerificationReport report = Capsule.verify(CONFORMANCE.resolve("invalid/payload-changed.tar.gz"));

        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(
                List.of(
                        Check.Status.PASSED,
                        Check.Status.FAILED,
                        Check.Status.SKIPPED,
                        Check.Status.SKIPPED,
                        Check.Status.SKIPPED),
                report.checks().stream().map(Check::status).toList());
        Finding problem = report.problems().get(0);
        assertEquals("PAYLOAD_CHECKSUM_MISMATCH", problem.code());
        assertEquals("conformance-tiny-onnx/data/models/tiny/tiny.onnx", problem.file());
        assertEquals(Optional.empty(), report.numericVerdict());
    }

    @Test
    void verifyGivesTheFirstAndLargestDifferenceOfAnOutputNotReproduced() throws CapsuleException {
        VerificationReport report = Capsule.verify(CONFORMANCE.resolve("not-reproduced/cut-changed.tar.gz"));

        assertEquals(Verdict.NOT_REPRODUCED, report.verdict());
        OutputComparison output = report.outputs().stream()
                .filter(o -> o.kind() == OutputComparison.Kind.REFERENCE_OUTPUT && !o.bitExact())
                .findFirst()
                .orElseThrow();
        assertEquals(output.elements() - 1, output.bitIdentical());
        assertEquals(output.firstDifference(), output.largestDifference());
        assertTrue(output.cutChanges().stream()
                .anyMatch(c -> c.changedDecisions() == 1
                        && c.firstChangedIndex()
                                == output.firstDifference().orElseThrow().index()));
        assertEquals(Optional.of(Verdict.NOT_REPRODUCED), report.numericVerdict());
        assertEquals(Optional.of(Verdict.REPRODUCED), report.physicsVerdict()); // it has no cutflow
        assertTrue(report.packing().isPresent() && report.verifying().isPresent());
    }

    @Test
    void aTrustedKeyFileThatCannotBeReadIsACapsuleExceptionNamingIt() {
        Path missing = folder.resolve("no-such-key.asc");
        CapsuleException e = assertThrows(
                CapsuleException.class,
                () -> Capsule.verify(
                        CONFORMANCE.resolve("valid/onnx.tar"),
                        VerifyRequest.defaults().withTrustedKey(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void anIntegrityOnlyCheckSaysIntactAndSkipsReproduction() throws CapsuleException {
        VerificationReport report = Capsule.verify(
                CONFORMANCE.resolve("valid/onnx.tar"), VerifyRequest.defaults().withIntegrityOnly(true));

        assertEquals(Verdict.INTACT, report.verdict());
        assertEquals(Check.Status.SKIPPED, report.checks().get(4).status());
        assertEquals(List.of(), report.outputs());
    }

    @Test
    void aCapsuleSignedThroughTheApiVerifiesWithATrustedSignature() throws Exception {
        char[] passphrase = "team passphrase".toCharArray();
        OpenPgpKeyPair keys = newKey(passphrase);
        Path secret = folder.resolve("secret.asc");
        Path publicKey = Files.writeString(folder.resolve("public.asc"), keys.publicKey(), StandardCharsets.US_ASCII);
        Path archive = Files.copy(CONFORMANCE.resolve("valid/onnx.tar.gz"), folder.resolve("signed.tar.gz"));

        SignResult signed = Capsule.sign(archive, SigningKey.of(secret).withPassphrase(passphrase));
        VerificationReport report =
                Capsule.verify(archive, VerifyRequest.defaults().withTrustedKey(publicKey));

        assertEquals(List.of("tagmanifest-sha512.txt.asc"), signed.added());
        assertEquals(Verdict.REPRODUCED, report.verdict());
        Signature signature = report.signatures().get(0);
        assertEquals("tagmanifest-sha512.txt.asc", signature.file());
        assertEquals("OPENPGP", signature.kind());
        assertEquals(Signature.Status.TRUSTED, signature.status());
        assertEquals(keys.fingerprint(), signature.fingerprint());
        assertEquals(
                Signature.Status.UNKNOWN_KEY,
                Capsule.verify(archive).signatures().get(0).status());
    }

    @Test
    void aProtectedKeyWithoutItsPassphraseIsRefusedBeforeTheArchiveIsTouched() throws Exception {
        newKey("x".toCharArray());
        Path secret = folder.resolve("secret.asc");

        CapsuleException e = signingRefused(CONFORMANCE.resolve("valid/onnx.tar.gz"), SigningKey.of(secret));
        assertTrue(e.getMessage().contains(secret.toString()), e.getMessage());
    }

    @Test
    void aCapsuleThatIsNotIntactIsNotSigned() throws Exception {
        newKey("x".toCharArray());
        Path source = CONFORMANCE.resolve("invalid/payload-changed.tar.gz");

        CapsuleException e = signingRefused(
                source, SigningKey.of(folder.resolve("secret.asc")).withPassphrase("x".toCharArray()));
        assertTrue(e.getMessage().contains("data/models/tiny/tiny.onnx"), e.getMessage());
    }

    /** Signs a copy of {@code source} with {@code key}, which must fail and leave the copy's bytes as they were. */
    private CapsuleException signingRefused(Path source, SigningKey key) throws Exception {
        Path archive = Files.copy(source, folder.resolve("to-sign.tar.gz"));
        byte[] before = Files.readAllBytes(archive);
        CapsuleException e = assertThrows(CapsuleException.class, () -> Capsule.sign(archive, key));
        assertTrue(
                e.getMessage().startsWith(archive.toString())
                        || e.getMessage().contains(key.keyFile().toString()),
                e.getMessage());
        assertTrue(Arrays.equals(before, Files.readAllBytes(archive)));
        return e;
    }

    @Test
    void packWritesTheArchiveWhoseSha256ItGivesAndItReproducesWithItsCutflows() throws Exception {
        PackResult packed = Capsule.pack(PackRequest.of(SUSY, folder.resolve("susy.capsule.tar.gz")));

        assertEquals(sha256(packed.archive()), packed.sha256());
        assertFalse(packed.draft());
        VerificationReport report = Capsule.verify(packed.archive());
        assertEquals(Verdict.REPRODUCED, report.verdict());
        assertEquals(Optional.of(Verdict.REPRODUCED), report.numericVerdict());
        assertFalse(report.cutflows().isEmpty());
        for (CutflowResult cutflow : report.cutflows()) {
            assertTrue(cutflow.reproduced(), cutflow.name());
            cutflow.stages().stream()
                    .filter(CutflowResult.Stage::rederived)
                    .forEach(stage -> assertEquals(stage.recordedEvents(), stage.rederivedEvents(), stage.name()));
        }
        assertEquals(
                report.packing().orElseThrow().runtimes(),
                report.verifying().orElseThrow().runtimes());

        CapsuleException again =
                assertThrows(CapsuleException.class, () -> Capsule.pack(PackRequest.of(SUSY, packed.archive())));
        assertTrue(again.getMessage().contains(packed.archive().toString()), again.getMessage());
        assertEquals(
                packed.sha256(),
                Capsule.pack(PackRequest.of(SUSY, packed.archive()).withForce(true))
                        .sha256());
    }

    @Test
    void aCapsulePackedWithAnX509KeyCarriesACmsSignatureTrustedThroughItsCertificate() throws Exception {
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "ec",
                        "-pkeyopt",
                        "ec_paramgen_curve:prime256v1",
                        "-nodes",
                        "-keyout",
                        "key.pem",
                        "-out",
                        "cert.pem",
                        "-days",
                        "30",
                        "-subj",
                        "/CN=Capsule API Test")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.log").toFile())
                .start();
        assertEquals(0, openssl.waitFor(), () -> "openssl failed: " + readQuietly(folder.resolve("openssl.log")));
        Path certificate = folder.resolve("cert.pem");
        SigningKey key = SigningKey.of(folder.resolve("key.pem")).withCertificate(certificate);

        PackResult packed = Capsule.pack(
                PackRequest.of(HH, folder.resolve("hh.capsule.tar.gz")).withSigningKey(key));
        VerificationReport report =
                Capsule.verify(packed.archive(), VerifyRequest.defaults().withTrustedAuthority(certificate));

        assertEquals(Verdict.REPRODUCED, report.verdict());
        Signature signature = report.signatures().get(0);
        assertEquals("CMS", signature.kind());
        assertEquals(Signature.Status.TRUSTED, signature.status());
        assertTrue(signature.signer().contains("CN=Capsule API Test"), signature.signer());
        assertEquals(
                Signature.Status.VALID_UNTRUSTED,
                Capsule.verify(packed.archive()).signatures().get(0).status());
    }

    /** A new OpenPGP key protected by {@code passphrase}, its secret half written to secret.asc. */
    private OpenPgpKeyPair newKey(char[] passphrase) throws Exception {
        OpenPgpKeyPair keys = OpenPgpKeyGenerator.generate(
                "Team <team@cern.ch>", passphrase, Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
        Files.writeString(folder.resolve("secret.asc"), keys.secretKey(), StandardCharsets.US_ASCII);
        return keys;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String sha256(Path file) throws Exception {
        return DigestAlgorithm.hex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
