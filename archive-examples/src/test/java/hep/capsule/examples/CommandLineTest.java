package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.schema.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, through the real launcher, from a folder outside the repository. */
class CommandLineTest {
    @TempDir
    static Path temp;

    static Path hh;

    @BeforeAll
    static void packTheExampleWithTheLauncher() throws Exception {
        Launcher.Run run =
                Launcher.run(temp, "pack", Examples.HH_RESDNN_EVEN.descriptor().toString(), "-o", "hh.capsule.tar.gz");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("sha256: "), run.out());
        hh = temp.resolve("hh.capsule.tar.gz");
    }

    @Test
    void verifyPrintsEveryCheckAndTheVerdictAndWritesTheJsonReport() throws Exception {
        Launcher.Run run = Launcher.run(temp, "verify", "hh.capsule.tar.gz", "--json", "report.json");
        assertEquals(0, run.exitCode(), run.all());
        for (String check : new String[] {"safety", "checksums", "metadata", "model-interface", "reproduction"}) {
            assertTrue(run.out().contains(check + " "), run.out());
        }
        assertTrue(run.out().contains("verdict: REPRODUCED"), run.out());
        String json = Files.readString(temp.resolve("report.json"));
        assertTrue(
                json.contains("\"verdict\" : \"REPRODUCED\"") && json.contains("\"path\" : \"hh.capsule.tar.gz\""),
                json);
        assertEquals(List.of(), ReportSchema.problems(json.getBytes(StandardCharsets.UTF_8)), json);
        assertTrue(
                json.matches("(?s).*\"executions\" : \\[ \\{\\s*\"model\" : \"resdnn_even\",\\s*\"engine\" : "
                        + "\"onnxruntime 1\\.28\\.0\","
                        + "\\s*\"events\" : 1000,\\s*\"seconds\" : [0-9.E-]+\\s*}, \\{\\s*\"model\" "
                        + ": \"resdnn_even\","
                        + "\\s*\"engine\" : \"capsule-onnx-interpreter 1\",\\s*\"events\" : 1000,.*"),
                "each engine's pass is timed apart, the main runtime's first: " + json);
        assertEquals("", run.err(), "nothing on standard error when all is well");
    }

    @Test
    void theWorstVerdictDecidesTheExitCodeAndEachVerdictHasItsOwn() throws Exception {
        BagSurgery forged = BagSurgery.open(hh);
        byte[] output = forged.files.get("data/reference/resdnn_even/outputs/dense_3.npy");
        output[128] ^= 0x10;
        forged.reseal().write(temp.resolve("forged.tar.gz"));
        BagSurgery tampered = BagSurgery.open(hh);
        tampered.files.get("data/reference/resdnn_even/outputs/dense_3.npy")[200] ^= 0x01;
        tampered.write(temp.resolve("tampered.tar.gz"));

        assertEquals(
                3,
                Launcher.run(temp, "verify", "hh.capsule.tar.gz", "forged.tar.gz")
                        .exitCode());
        assertEquals(
                4,
                Launcher.run(temp, "verify", "forged.tar.gz", "tampered.tar.gz", "--json", "both.json")
                        .exitCode());
        String json = Files.readString(temp.resolve("both.json"));
        assertTrue(
                json.indexOf("\"verdict\" : \"INVALID\"") < json.indexOf("\"archives\""),
                "the top-level verdict is the worst: " + json);
        Launcher.Run missing = Launcher.run(temp, "verify", "no-such.tar.gz");
        assertEquals(4, missing.exitCode());
        assertTrue(
                missing.out().contains("no-such.tar.gz: no such file [ARCHIVE_NOT_FOUND]"),
                "the text report shows a problem's code: " + missing.all());
        assertEquals(2, Launcher.run(temp, "verify").exitCode(), "a usage error");
    }

    @Test
    void aFixityCheckReadsEveryByteExecutesNothingAndSaysSo() throws Exception {
        Launcher.Run run =
                Launcher.run(temp, "verify", "hh.capsule.tar.gz", "--integrity-only", "--json", "fixity.json");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: INTACT"), run.out());
        assertTrue(run.out().contains("reproduction     SKIPPED not run: --integrity-only"), run.out());
        byte[] json = Files.readAllBytes(temp.resolve("fixity.json"));
        assertEquals(List.of(), ReportSchema.problems(json), new String(json, StandardCharsets.UTF_8));
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"verdict\" : \"INTACT\""));

        BagSurgery tampered = BagSurgery.open(hh);
        tampered.files.get("data/reference/resdnn_even/outputs/dense_3.npy")[300] ^= 0x01;
        tampered.write(temp.resolve("rotten.tar.gz"));
        Launcher.Run rotten = Launcher.run(temp, "verify", "rotten.tar.gz", "--integrity-only");
        assertEquals(4, rotten.exitCode(), rotten.all());
        assertTrue(
                rotten.out().contains("checksums        FAILED")
                        && rotten.out().contains("dense_3.npy: ")
                        && rotten.out().contains(" [PAYLOAD_CHECKSUM_MISMATCH]"),
                rotten.out());
    }

    @Test
    void aFolderAndACatalogueAreVerifiedInWorkersWithALinePerArchiveAndSummaries() throws Exception {
        Path campaign = Files.createDirectories(temp.resolve("campaign/run-2"));
        Files.copy(hh, campaign.resolve("a.capsule.tar.gz"));
        Files.copy(hh, temp.resolve("campaign/b.capsule.tar.gz"));
        Files.copy(hh, temp.resolve("c.capsule.tar.gz"));
        Files.writeString(temp.resolve("list.txt"), "# more\nc.capsule.tar.gz\n");
        Launcher.Run run = Launcher.run(
                temp,
                "verify",
                "campaign",
                "--catalogue",
                "list.txt",
                "--jobs",
                "2",
                "--junit",
                "campaign.xml",
                "--json",
                "campaign.json",
                "--max-total-size",
                "1G");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.out().contains("[1/3] ") && run.out().contains("[3/3] "),
                "plain lines when not on a terminal: " + run.out());
        assertTrue(run.out().contains("summary: 3 archives: 3 REPRODUCED"), run.out());
        assertEquals(List.of(), ReportSchema.problems(Files.readAllBytes(temp.resolve("campaign.json"))));
        String junit = Files.readString(temp.resolve("campaign.xml"));
        assertTrue(
                junit.contains("tests=\"3\" failures=\"0\"")
                        && junit.contains("name=\"campaign/run-2/a.capsule.tar.gz\""),
                junit);

        Launcher.Run limited = Launcher.run(temp, "verify", "campaign", "--max-file-size", "1K");
        assertEquals(4, limited.exitCode(), limited.all());
        assertTrue(limited.out().contains(" [FILE_TOO_LARGE]"), limited.out());
    }

    @Test
    void initWritesATemplateThatPackRefusesUntilFilledOrPacksAsADraft() throws Exception {
        Path model = Examples.HH_RESDNN_EVEN.folder().resolve("ANA-HIGP-2024-32_resDNN_model_even.onnx");
        Path inputs = Examples.HH_RESDNN_EVEN.folder().resolve("raw_reference_inputs.npy");
        Launcher.Run init = Launcher.run(
                temp, "init", "--model", model.toString(), "--inputs", inputs.toString(), "-o", "mycapsule");
        assertEquals(0, init.exitCode(), init.all());
        String yaml = Files.readString(temp.resolve("mycapsule/capsule.yaml"));
        assertTrue(
                yaml.contains("name: \"input\"")
                        && yaml.contains("shape: [null, 10]")
                        && yaml.contains("name: \"dense_3\""),
                yaml);
        assertEquals(
                2,
                Launcher.run(
                                temp,
                                "init",
                                "--model",
                                model.toString(),
                                "--inputs",
                                inputs.toString(),
                                "-o",
                                "mycapsule")
                        .exitCode(),
                "init does not overwrite without --force");

        Launcher.Run refused = Launcher.run(temp, "pack", "mycapsule/capsule.yaml", "-o", "draft.tar.gz");
        assertEquals(2, refused.exitCode(), refused.all());
        assertTrue(
                refused.err().contains("MISSING")
                        && refused.err().matches("(?s).*capsule\\.yaml:\\d+: analysis\\.arxiv.*"),
                refused.err());
        assertFalse(Files.exists(temp.resolve("draft.tar.gz")));

        Launcher.Run draft = Launcher.run(temp, "pack", "mycapsule/capsule.yaml", "-o", "draft.tar.gz", "--draft");
        assertEquals(0, draft.exitCode(), draft.all());
        assertTrue(draft.out().contains("DRAFT"), draft.out());
        Launcher.Run verified = Launcher.run(temp, "verify", "draft.tar.gz");
        assertEquals(0, verified.exitCode(), verified.all());
        assertTrue(
                verified.out().contains("DRAFT") && verified.out().contains("verdict: REPRODUCED (DRAFT capsule)"),
                verified.out());
    }

    @Test
    void aDescriptorErrorNamesTheYamlLineAndTheField() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("broken"));
        String yaml = Files.readString(Examples.HH_RESDNN_EVEN.descriptor());
        String broken = yaml.replaceFirst("unit: GeV", "unit: Gev");
        long line = yaml.substring(0, yaml.indexOf("unit: GeV"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        Files.writeString(folder.resolve("capsule.yaml"), broken, StandardCharsets.UTF_8);
        Launcher.Run run = Launcher.run(temp, "pack", "broken/capsule.yaml", "-o", "broken.tar.gz");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("capsule.yaml:" + line + ": models[0].inputs[0].features[0].unit"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void anExistingArchiveIsReplacedOnlyWithForceAndAnotherProcessInAnotherTimeZonePacksTheSameBytes()
            throws Exception {
        Path target = temp.resolve("existing.tar.gz");
        Files.writeString(target, "keep me");
        Launcher.Run refused =
                Launcher.run(temp, "pack", Examples.HH_RESDNN_EVEN.descriptor().toString(), "-o", "existing.tar.gz");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("keep me", Files.readString(target));
        Map<String, String> elsewhere = Map.of(
                "TZ",
                "Pacific/Kiritimati",
                "JAVA_OPTS",
                "-Duser.timezone=Pacific/Kiritimati -Duser.language=de -Duser.country=DE");
        assertEquals(
                0,
                Launcher.run(
                                temp,
                                elsewhere,
                                "pack",
                                Examples.HH_RESDNN_EVEN.descriptor().toString(),
                                "-o",
                                "existing.tar.gz",
                                "--force")
                        .exitCode());
        assertArrayEquals(
                Files.readAllBytes(hh), Files.readAllBytes(target), "packing in another process gives the same bytes");
    }

    @Test
    void anUncompressedCapsuleIsTheSameTarWithoutGzipPacksTheSameBytesTwiceAndVerifiesWhateverItsName()
            throws Exception {
        String descriptor = Examples.HH_RESDNN_EVEN.descriptor().toString();
        assertEquals(
                0,
                Launcher.run(temp, "pack", descriptor, "-o", "plain.capsule.tar", "--compression", "none")
                        .exitCode());
        assertEquals(
                0,
                Launcher.run(temp, "pack", descriptor, "-o", "again.capsule.tar", "--compression", "none")
                        .exitCode());
        byte[] plain = Files.readAllBytes(temp.resolve("plain.capsule.tar"));
        assertArrayEquals(
                plain, Files.readAllBytes(temp.resolve("again.capsule.tar")), "packing twice gives the same bytes");
        Launcher.Run contradictory = Launcher.run(
                temp, "pack", descriptor, "-o", "level.capsule.tar", "--compression", "none", "--gzip-level", "9");
        assertEquals(2, contradictory.exitCode(), contradictory.all());
        assertTrue(
                contradictory.err().contains("--gzip-level 9 has no effect with --compression none"),
                contradictory.err());
        assertFalse(Files.exists(temp.resolve("level.capsule.tar")));
        Process gunzip = new ProcessBuilder("gzip", "-dc", hh.toString()).start();
        assertArrayEquals(
                plain, gunzip.getInputStream().readAllBytes(), "the plain tar is the .tar.gz's tar, byte for byte");
        assertEquals(0, gunzip.waitFor());

        Files.copy(temp.resolve("plain.capsule.tar"), temp.resolve("misnamed.tar.gz"));
        Launcher.Run run = Launcher.run(temp, "verify", "misnamed.tar.gz");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: REPRODUCED"), run.out());
        Launcher.Run fixity = Launcher.run(temp, "verify", "plain.capsule.tar", "--integrity-only");
        assertTrue(fixity.out().contains("verdict: INTACT"), fixity.all());
    }

    @Test
    void theLauncherRunsOnnxruntimeWithACommandLineFarBeyondFourKilobytes() throws Exception {
        String padding = "-Dcapsule.test.padding=" + "x".repeat(9000);
        Launcher.Run run = Launcher.run(temp, Map.of("JAVA_OPTS", padding), "verify", "hh.capsule.tar.gz");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: REPRODUCED"), run.out());
        String script = Files.readString(Launcher.SCRIPT);
        assertTrue(
                script.contains("export ORT_DISABLE_TELEMETRY=1"), "the launcher switches onnxruntime's telemetry off");
    }

    @Test
    void inspectShowsTheSpecificationWithoutExecuting() throws Exception {
        Launcher.Run run = Launcher.run(temp, "inspect", "hh.capsule.tar.gz");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.out().contains("htbjet") && run.out().contains("(x - 454.8374624999389) / 169.38975531210076"),
                run.out());
        assertTrue(run.out().contains("data/models/resdnn_even/ANA-HIGP-2024-32_resDNN_model_even.onnx"), run.out());
        Launcher.Run json = Launcher.run(temp, "inspect", "hh.capsule.tar.gz", "--json");
        assertTrue(json.out().contains("\"intact\" : true"), json.out());
    }

    @Test
    void inspectGivesTheCodeAndFileOfEachProblemAsJson() throws Exception {
        Path altered = Path.of("../conformance/invalid/payload-changed.tar.gz").toAbsolutePath();
        Launcher.Run run = Launcher.run(temp, "inspect", altered.toString(), "--json");
        assertEquals(4, run.exitCode(), run.all());
        JsonNode problem =
                new ObjectMapper().readTree(run.out()).get("problems").get(0);
        assertEquals("PAYLOAD_CHECKSUM_MISMATCH", problem.get("code").asText());
        assertEquals(
                "conformance-tiny-onnx/data/models/tiny/tiny.onnx",
                problem.get("file").asText());
    }
}
