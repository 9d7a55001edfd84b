package hep.capsule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.signatures.SignatureStatus;
import hep.capsule.verifier.Verifier;
import hep.capsule.verifier.VerifyOptions;
import hep.capsule.verifier.archive.ArchiveLimits;
import hep.capsule.verifier.report.ArchiveReport;
import hep.capsule.verifier.report.SignatureReport;
import hep.capsule.verifier.report.Verdict;
import hep.capsule.signatures.NamedBytes;
import hep.capsule.signatures.TrustAnchors;
import hep.capsule.signatures.OpenPgpSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, pack --sign-key, sign and verify --trust on a real example, and what tampering does to the signatures. */
class SigningCommandsTest {
    private static final Path EXAMPLE = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");
    private static final String TOP = "ATLAS-HIGP-2024-32-resDNN-even";

    @TempDir
    static Path folder;
    static Path archive;

    @BeforeAll
    static void packAndSignTwice() throws Exception {
        Files.writeString(folder.resolve("pass"), "team passphrase\n");
        String passFile = folder.resolve("pass").toString();
        assertEquals(0, Main.commandLine().execute("keygen", "--uid", "Team <team@cern.ch>", "-o", folder.resolve("team").toString(), "--passphrase-file", passFile));
        assertEquals(0, Main.commandLine().execute("keygen", "--uid", "HEPData <h@hepdata.net>", "-o", folder.resolve("hepdata").toString(), "--passphrase-file", passFile));
        archive = folder.resolve("signed.capsule.tar.gz");
        assertEquals(0, Main.commandLine().execute("pack", EXAMPLE.toString(), "-o", archive.toString(),
                "--sign-key", folder.resolve("team/secret.asc").toString(), "--passphrase-file", passFile));
        assertEquals(0, Main.commandLine().execute("sign", archive.toString(), "--key", folder.resolve("hepdata/secret.asc").toString(), "--passphrase-file", passFile));
    }

    private static ArchiveReport verify(Path file, String... trustedKeyFolders) throws Exception {
        List<NamedBytes> keys = new java.util.ArrayList<>();
        for (String keyFolder : trustedKeyFolders) {
            keys.add(NamedBytes.read(folder.resolve(keyFolder + "/public.asc")));
        }
        return new Verifier(new VerifyOptions(ArchiveLimits.defaults(), TrustAnchors.load(keys, List.of()), false)).verify(file);
    }

    private static SignatureReport signature(ArchiveReport report, String file) {
        return report.signatures().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
    }

    /** Unpacks the archive with tar, lets the change happen, and packs it again. */
    private static Path tampered(String name, Change change) throws Exception {
        Path unpacked = Files.createDirectories(folder.resolve(name));
        run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()));
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
        Process process = new ProcessBuilder(command).inheritIO().start();
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
        assertEquals(SignatureStatus.TRUSTED, signature(report, "tagmanifest-sha512.txt.asc").status());
        assertEquals("Team <team@cern.ch>", signature(report, "tagmanifest-sha512.txt.asc").signer());
        assertEquals(SignatureStatus.UNKNOWN_KEY, signature(report, "tagmanifest-sha512.txt.2.asc").status());
        assertEquals(SignatureStatus.TRUSTED, signature(verify(archive, "team", "hepdata"), "tagmanifest-sha512.txt.2.asc").status());
    }

    @Test
    void requireSignatureHasItsOwnExitCode() {
        String keys = folder.resolve("hepdata/public.asc").toString();
        assertEquals(ExitCodes.OK, Main.commandLine().execute("verify", archive.toString(), "--trust", keys, "--require-signature"));
        assertEquals(ExitCodes.NOT_SIGNED_BY_TRUSTED_KEY, Main.commandLine().execute("verify", archive.toString(), "--require-signature"));
    }

    @Test
    void aChangedPayloadByteInvalidatesArchiveAndSignatures() throws Exception {
        ArchiveReport report = verify(tampered("payload", bag -> flipLastByte(bag.resolve("data/files/note/ANA-HIGP-2024-32_resDNN_model_even_variables.json"))), "team");
        assertEquals(Verdict.INVALID, report.verdict());
        SignatureReport team = signature(report, "tagmanifest-sha512.txt.asc");
        assertEquals(SignatureStatus.INVALID, team.status());
        assertTrue(team.explanation().contains("no longer matches the signed tag manifest") && team.explanation().contains("content has changed"), team.explanation());
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
        ArchiveReport changed = verify(tampered("tagmanifest", bag -> Files.writeString(bag.resolve("tagmanifest-sha512.txt"),
                Files.readString(bag.resolve("tagmanifest-sha512.txt")).replace("README.txt", "README.txt\n"))), "team");
        assertEquals(SignatureStatus.INVALID, signature(changed, "tagmanifest-sha512.txt.asc").status());

        byte[] otherArchive = OpenPgpSigner.unlock(Files.readAllBytes(folder.resolve("team/secret.asc")), "secret.asc",
                "team passphrase"::toCharArray, Clock.systemUTC()).sign("another archive's tag manifest\n".getBytes(StandardCharsets.UTF_8));
        ArchiveReport swapped = verify(tampered("swapped", bag -> Files.write(bag.resolve("tagmanifest-sha512.txt.asc"), otherArchive)), "team");
        assertEquals(Verdict.REPRODUCED, swapped.verdict(), "the signature is not part of the checksummed bag");
        SignatureReport team = signature(swapped, "tagmanifest-sha512.txt.asc");
        assertEquals(SignatureStatus.INVALID, team.status());
        assertTrue(team.explanation().contains("does not match tagmanifest-sha512.txt"), team.explanation());
    }

    @Test
    void anUnlistedFileThatIsNoSignatureIsStillRefused() throws Exception {
        ArchiveReport report = verify(tampered("unlisted", bag -> Files.writeString(bag.resolve("tagmanifest-sha512.txt.1.asc"), "x")), "team");
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.reason().contains("tagmanifest-sha512.txt.1.asc"), report.reason());
    }
}
