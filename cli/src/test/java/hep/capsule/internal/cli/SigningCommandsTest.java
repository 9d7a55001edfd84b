package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.signatures.LocalTimeStampAuthority;
import hep.capsule.internal.signatures.NamedBytes;
import hep.capsule.internal.signatures.OpenPgpSigner;
import hep.capsule.internal.signatures.SignatureStatus;
import hep.capsule.internal.signatures.TestPki;
import hep.capsule.internal.signatures.TrustAnchors;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.SignatureReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * keygen, pack --sign-key, sign and verify --trust on a real example, and what tampering does to the signatures; the
 * same with time-stamps from a local authority beside the OpenPGP signatures.
 */
class SigningCommandsTest {
    private static final Path EXAMPLE = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");
    private static final String TOP = "ATLAS-HIGP-2024-32-resDNN-even";

    @TempDir
    static Path folder;

    static Path archive;
    static Path stamped;
    static LocalTimeStampAuthority tsa;

    @BeforeAll
    static void packAndSignTwice() throws Exception {
        Files.writeString(folder.resolve("pass"), "team passphrase\n");
        String passFile = folder.resolve("pass").toString();
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "keygen",
                                "--uid",
                                "Team <team@cern.ch>",
                                "-o",
                                folder.resolve("team").toString(),
                                "--passphrase-file",
                                passFile));
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "keygen",
                                "--uid",
                                "HEPData <h@hepdata.net>",
                                "-o",
                                folder.resolve("hepdata").toString(),
                                "--passphrase-file",
                                passFile));
        archive = folder.resolve("signed.capsule.tar.gz");
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "pack",
                                EXAMPLE.toString(),
                                "-o",
                                archive.toString(),
                                "--sign-key",
                                folder.resolve("team/secret.asc").toString(),
                                "--passphrase-file",
                                passFile));
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "sign",
                                archive.toString(),
                                "--key",
                                folder.resolve("hepdata/secret.asc").toString(),
                                "--passphrase-file",
                                passFile));

        TestPki pki = new TestPki("Capsule Test TSA CA");
        Files.writeString(folder.resolve("tsa-ca.pem"), TestPki.pem(pki.root.certificate()));
        tsa = new LocalTimeStampAuthority(pki.timeStamping("CN=Capsule Test TSA"));
        stamped = folder.resolve("stamped.capsule.tar.gz");
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "pack",
                                EXAMPLE.toString(),
                                "-o",
                                stamped.toString(),
                                "--tsa",
                                tsa.url().toString(),
                                "--sign-key",
                                folder.resolve("team/secret.asc").toString(),
                                "--passphrase-file",
                                passFile));
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "sign",
                                stamped.toString(),
                                "--key",
                                folder.resolve("hepdata/secret.asc").toString(),
                                "--tsa",
                                tsa.url().toString(),
                                "--passphrase-file",
                                passFile));
    }

    @AfterAll
    static void stopTheAuthority() {
        tsa.close();
    }

    private static ArchiveReport verify(Path file, String... trustedKeyFolders) throws Exception {
        List<NamedBytes> keys = new java.util.ArrayList<>();
        for (String keyFolder : trustedKeyFolders) {
            keys.add(NamedBytes.read(folder.resolve(keyFolder + "/public.asc")));
        }
        List<NamedBytes> authorities = List.of(NamedBytes.read(folder.resolve("tsa-ca.pem")));
        return new Verifier(VerifyOptions.defaults().withTrust(TrustAnchors.load(keys, authorities))).verify(file);
    }

    private static SignatureReport signature(ArchiveReport report, String file) {
        return report.signatures().stream()
                .filter(s -> s.file().equals(file))
                .findFirst()
                .orElseThrow();
    }

    private static Path tampered(String name, Change change) throws Exception {
        return tampered(archive, name, change);
    }

    /** Unpacks the archive with tar, lets the change happen, and packs it again. */
    private static Path tampered(Path original, String name, Change change) throws Exception {
        Path unpacked = Files.createDirectories(folder.resolve(name));
        run(List.of("tar", "-xzf", original.toString(), "-C", unpacked.toString()));
        change.apply(unpacked.resolve(TOP));
        Path result = folder.resolve(name + ".capsule.tar.gz");
        run(List.of("tar", "-czf", result.toString(), "-C", unpacked.toString(), TOP));
        return result;
    }

    @FunctionalInterface
    interface Change {
        void apply(Path bag) throws IOException;
    }

    private static void run(List<String> command) throws Exception {
        run(command, Path.of("."));
    }

    private static void run(List<String> command, Path workDir) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .inheritIO()
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 1;
        Files.write(file, bytes);
    }

    @Test
    void bothSignaturesAreCheckedAndOnlyTrustedKeysCount() throws Exception {
        ArchiveReport report = verify(archive, "team");
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.reason());
        assertEquals(
                SignatureStatus.TRUSTED,
                signature(report, "tagmanifest-sha512.txt.asc").status());
        assertEquals(
                "Team <team@cern.ch>",
                signature(report, "tagmanifest-sha512.txt.asc").signer());
        assertEquals(
                SignatureStatus.UNKNOWN_KEY,
                signature(report, "tagmanifest-sha512.txt.2.asc").status());
        assertEquals(
                SignatureStatus.TRUSTED,
                signature(verify(archive, "team", "hepdata"), "tagmanifest-sha512.txt.2.asc")
                        .status());
    }

    @Test
    void requireSignatureHasItsOwnExitCode() {
        String keys = folder.resolve("hepdata/public.asc").toString();
        assertEquals(
                ExitCodes.OK,
                Main.commandLine().execute("verify", archive.toString(), "--trust", keys, "--require-signature"));
        assertEquals(
                ExitCodes.NOT_SIGNED_BY_TRUSTED_KEY,
                Main.commandLine().execute("verify", archive.toString(), "--require-signature"));
    }

    @Test
    void aChangedPayloadByteInvalidatesArchiveAndSignatures() throws Exception {
        ArchiveReport report = verify(
                tampered(
                        "payload",
                        bag -> flipLastByte(
                                bag.resolve("data/files/note/ANA-HIGP-2024-32_resDNN_model_even_variables.json"))),
                "team");
        assertEquals(Verdict.INVALID, report.verdict());
        SignatureReport team = signature(report, "tagmanifest-sha512.txt.asc");
        assertEquals(SignatureStatus.INVALID, team.status());
        assertTrue(
                team.explanation().contains("no longer matches the signed tag manifest")
                        && team.explanation().contains("content has changed"),
                team.explanation());
    }

    @Test
    void changedManifestOrMetadataInvalidatesTheSignatures() throws Exception {
        for (String file : List.of("manifest-sha512.txt", "capsule.json")) {
            ArchiveReport report = verify(tampered(file, bag -> flipLastByte(bag.resolve(file))), "team");
            assertEquals(Verdict.INVALID, report.verdict(), file);
            SignatureReport team = signature(report, "tagmanifest-sha512.txt.asc");
            assertEquals(SignatureStatus.INVALID, team.status(), file);
            assertTrue(team.explanation().contains(file), team.explanation());
        }
    }

    @Test
    void aChangedTagManifestOrASwappedSignatureIsInvalid() throws Exception {
        ArchiveReport changed = verify(
                tampered(
                        "tagmanifest",
                        bag -> Files.writeString(
                                bag.resolve("tagmanifest-sha512.txt"),
                                Files.readString(bag.resolve("tagmanifest-sha512.txt"))
                                        .replace("README.txt", "README.txt\n"))),
                "team");
        assertEquals(
                SignatureStatus.INVALID,
                signature(changed, "tagmanifest-sha512.txt.asc").status());

        byte[] otherArchive = OpenPgpSigner.unlock(
                        Files.readAllBytes(folder.resolve("team/secret.asc")),
                        "secret.asc",
                        "team passphrase"::toCharArray,
                        Optional.empty(),
                        Clock.systemUTC())
                .sign("another archive's tag manifest\n".getBytes(StandardCharsets.UTF_8))
                .signature();
        ArchiveReport swapped = verify(
                tampered("swapped", bag -> Files.write(bag.resolve("tagmanifest-sha512.txt.asc"), otherArchive)),
                "team");
        assertEquals(Verdict.REPRODUCED, swapped.verdict(), "the signature is not part of the checksummed bag");
        SignatureReport team = signature(swapped, "tagmanifest-sha512.txt.asc");
        assertEquals(SignatureStatus.INVALID, team.status());
        assertTrue(team.explanation().contains("does not match tagmanifest-sha512.txt"), team.explanation());
    }

    @Test
    void anUnlistedFileThatIsNoSignatureIsStillRefused() throws Exception {
        ArchiveReport report = verify(
                tampered("unlisted", bag -> Files.writeString(bag.resolve("tagmanifest-sha512.txt.1.asc"), "x")),
                "team");
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(FindingCode.UNLISTED_TAG_FILE, firstFinding(report).code(), report.reason());
        assertEquals(TOP + "/tagmanifest-sha512.txt.1.asc", firstFinding(report).file());
    }

    @Test
    void timeStampsLieBesideBothOpenPgpSignaturesAndOpensslAcceptsThem() throws Exception {
        ArchiveReport report = verify(stamped, "team", "hepdata");
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.reason());
        for (String file : List.of("tagmanifest-sha512.txt.asc", "tagmanifest-sha512.txt.2.asc")) {
            SignatureReport signature = signature(report, file);
            assertEquals(SignatureStatus.TRUSTED, signature.status(), signature.explanation());
            assertEquals("CN=Capsule Test TSA", signature.timeStampAuthority(), file);
            assertTrue(!signature.timeStampedAt().isEmpty(), file);
        }
        Path bag = Files.createDirectories(folder.resolve("stamped-unpacked")).resolve(TOP);
        run(List.of("tar", "-xzf", stamped.toString(), "-C", bag.getParent().toString()));
        run(
                List.of(
                        "openssl",
                        "ts",
                        "-verify",
                        "-in",
                        "tagmanifest-sha512.txt.2.asc.tsr",
                        "-token_in",
                        "-data",
                        "tagmanifest-sha512.txt.2.asc",
                        "-CAfile",
                        folder.resolve("tsa-ca.pem").toString()),
                bag);
    }

    @Test
    void aTimeStampMovedToAnotherSignatureMakesThatSignatureInvalid() throws Exception {
        ArchiveReport report = verify(
                tampered(
                        stamped,
                        "moved-tsr",
                        bag -> Files.move(
                                bag.resolve("tagmanifest-sha512.txt.asc.tsr"),
                                bag.resolve("tagmanifest-sha512.txt.2.asc.tsr"),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING)),
                "team",
                "hepdata");
        assertEquals(
                Verdict.REPRODUCED,
                report.verdict(),
                "time-stamps, like signatures, are not part of the checksummed bag");
        SignatureReport moved = signature(report, "tagmanifest-sha512.txt.2.asc");
        assertEquals(SignatureStatus.INVALID, moved.status());
        assertTrue(moved.explanation().contains("tagmanifest-sha512.txt.2.asc.tsr"), moved.explanation());
        assertEquals(
                SignatureStatus.TRUSTED,
                signature(report, "tagmanifest-sha512.txt.asc").status(),
                "without its time-stamp, a signature is still good");
    }

    @Test
    void aTimeStampWithoutItsSignatureIsRefused() throws Exception {
        ArchiveReport report = verify(
                tampered(stamped, "orphan-tsr", bag -> Files.delete(bag.resolve("tagmanifest-sha512.txt.2.asc"))),
                "team");
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(
                FindingCode.TIME_STAMP_WITHOUT_SIGNATURE, firstFinding(report).code(), report.reason());
        assertEquals(
                TOP + "/tagmanifest-sha512.txt.2.asc.tsr", firstFinding(report).file());
    }

    /** The first finding of the check that failed. */
    private static Finding firstFinding(ArchiveReport report) {
        return report.checks().stream()
                .filter(c -> c.status() == CheckStatus.FAILED)
                .findFirst()
                .orElseThrow()
                .findings()
                .get(0);
    }

    @Test
    void keygenRefusesAnExpiryThatIsNoFutureDay() throws Exception {
        assertEquals(
                ExitCodes.BAD_INPUT,
                Main.commandLine()
                        .execute(
                                "keygen",
                                "--uid",
                                "Nobody <n@cern.ch>",
                                "-o",
                                folder.resolve("never").toString(),
                                "--expires",
                                "0",
                                "--passphrase-file",
                                folder.resolve("pass").toString()));
        assertTrue(!Files.exists(folder.resolve("never/secret.asc")));
    }
}
