package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.schema.ReportSchema;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.JUnitXml;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 0-lepton example carries the ONNX twin of its BDT (twin_of): the committed twin is what {@code capsule convert}
 * writes now, and verify compares the twin with the original besides checking each bit for bit against its own stored
 * outputs.
 */
class ZeroLeptonTwinCapsuleTest {
    private static final String TWIN = "srbdt_ggdirect_even_onnx";
    private static final String TWIN_FILE = "ZeroLepton2016-SRBDT-GGdirect_weights1.onnx";
    private static final String TWIN_OUTPUT = "data/reference/" + TWIN + "/outputs/response.npy";
    private static final int NPY_HEADER = 128;

    @TempDir
    static Path temp;

    static Path archive;

    @BeforeAll
    static void packOnce() throws Exception {
        archive = Examples.ZERO_LEPTON_BDT_EVEN.pack(temp.resolve("zero-lepton.tar.gz"));
    }

    private static ArchiveReport verify(Path path) {
        return new Verifier(VerifyOptions.defaults()).verify(path);
    }

    private static OutputReport twinAgainstOriginal(ArchiveReport report) {
        List<OutputReport> twins = report.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.TWIN_AGAINST_ORIGINAL)
                .toList();
        assertEquals(1, twins.size(), report.toString());
        return twins.get(0);
    }

    private static List<Finding> reproductionFindings(ArchiveReport report) {
        return report.checks().stream()
                .filter(c -> c.check().equals(Verifier.REPRODUCTION))
                .findFirst()
                .orElseThrow()
                .findings();
    }

    /** The twin summaries, whose wording is what the reports show. */
    private static List<String> twinSummaries(ArchiveReport report) {
        return reproductionFindings(report).stream()
                .filter(f -> f.code() == FindingCode.TWIN_COMPARED)
                .map(Finding::message)
                .toList();
    }

    @Test
    void committedTwinIsByteForByteWhatCapsuleConvertWritesNow() throws Exception {
        Path folder = Examples.ZERO_LEPTON_BDT_EVEN.folder();
        Launcher.Run run = Launcher.run(
                temp,
                "convert",
                folder.resolve(BdtBenchmark.WEIGHTS).toString(),
                "--to",
                "onnx",
                "-o",
                "converted.onnx");
        assertEquals(0, run.exitCode(), run.all());
        assertArrayEquals(
                Files.readAllBytes(temp.resolve("converted.onnx")),
                Files.readAllBytes(folder.resolve(TWIN_FILE)),
                "regenerate the twin with: capsule convert " + BdtBenchmark.WEIGHTS + " --to onnx -o " + TWIN_FILE
                        + " --force");
    }

    @Test
    void verifyReportsTheTwinAgainstItsOriginalAtTheWorkingPoint() throws Exception {
        ArchiveReport report = verify(archive);

        assertEquals(Verdict.REPRODUCED, report.verdict(), report.toString());
        OutputReport twin = twinAgainstOriginal(report);
        assertEquals(TWIN, twin.model());
        assertEquals(1000, twin.comparison().elements());
        assertFalse(twin.comparison().isBitExact(), "the twin sums in float32, the original in float64");
        assertTrue(twin.comparison().maxAbsolute() > 0 && twin.comparison().maxAbsolute() < 1e-5, twin.toString());
        assertEquals(
                twin.comparison().maxAbsolute(),
                Math.abs(twin.comparison().largestDifference().stored()
                        - twin.comparison().largestDifference().recomputed()));
        assertEquals("SR-BDT-GGdirect", twin.comparison().cutChanges().get(0).cut());
        assertEquals(0, twin.comparison().cutChanges().get(0).changedDecisions());
        assertTrue(twin.withinTolerance());
        assertTrue(
                twinSummaries(report).stream()
                        .anyMatch(f -> f.startsWith("twin " + TWIN + " / response against its original: ")
                                && f.contains("largest |difference| "
                                        + twin.comparison().maxAbsolute() + " at element "
                                        + twin.comparison().largestDifference().index())
                                && f.endsWith("; no cut decision differs (reported only)")),
                reproductionFindings(report).toString());
        assertTrue(
                report.outputs().stream()
                        .anyMatch(o -> o.model().equals(TWIN)
                                && o.kind() == OutputReport.Kind.WITNESS_OUTPUT
                                && o.comparison().isBitExact()),
                "the twin's own witness outputs are checked bit for bit");

        BagSurgery bag = BagSurgery.open(archive);
        String json = new String(bag.files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"twin_of\": \"srbdt_ggdirect_even\""), json);
        assertFalse(
                bag.files.containsKey("data/reference/" + TWIN + "/inputs/variables.npy"),
                "the twin runs on its original's inputs");
        assertTrue(new String(bag.files.get(BagLayout.README_TXT), StandardCharsets.UTF_8)
                .contains("is the ONNX twin of model \"srbdt_ggdirect_even\""));
        byte[] reportJson = ReportJson.write(VerificationReport.of(CapsuleVersion.current(), List.of(report)));
        assertEquals(List.of(), ReportSchema.problems(reportJson));
    }

    @Test
    void aTamperedTwinOutputIsNotReproducedAndTheComparisonIsStillReported() throws Exception {
        BagSurgery forged = BagSurgery.open(archive);
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(TWIN_OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
        output.putInt(NPY_HEADER + 4 * 7, output.getInt(NPY_HEADER + 4 * 7) + 1);
        Path tampered = temp.resolve("tampered-twin.tar.gz");
        forged.reseal().write(tampered);

        ArchiveReport report = verify(tampered);

        assertEquals(Verdict.NOT_REPRODUCED, report.verdict(), report.toString());
        Finding first = reproductionFindings(report).get(0);
        assertEquals(new Finding(FindingCode.REFERENCE_OUTPUT_DIFFERS, TWIN_OUTPUT, first.message()), first);
        OutputReport differing = report.outputs().stream()
                .filter(o -> o.model().equals(TWIN) && o.kind() == OutputReport.Kind.REFERENCE_OUTPUT)
                .findFirst()
                .orElseThrow();
        assertEquals(999, differing.comparison().bitIdentical());
        assertEquals(7, differing.comparison().firstDifference().index());
        assertEquals(
                0, twinAgainstOriginal(report).comparison().cutChanges().get(0).changedDecisions());
    }

    @Test
    void aTwinThatChangesDecisionsIsShownInEveryReportWithoutChangingTheVerdict() throws Exception {
        Path folder = copyOfTheExample("wrong-twin");
        Files.write(
                folder.resolve(TWIN_FILE), doubledLeavesTwin(Files.readString(folder.resolve(BdtBenchmark.WEIGHTS))));
        Path wrong = temp.resolve("wrong-twin.tar.gz");
        Packager.pack(PackOptions.of(folder.resolve("capsule.yaml"), wrong));

        ArchiveReport report = verify(wrong);

        assertEquals(Verdict.REPRODUCED, report.verdict(), "both models reproduce their own outputs: " + report);
        OutputReport twin = twinAgainstOriginal(report);
        long changed = twin.comparison().cutChanges().get(0).changedDecisions();
        assertTrue(changed > 0, twin.toString());
        assertFalse(twin.withinTolerance());
        String finding = "THE TWIN CHANGES CUT DECISIONS: " + changed + " at SR-BDT-GGdirect";
        assertTrue(
                twinSummaries(report).stream().anyMatch(f -> f.contains(finding)),
                reproductionFindings(report).toString());
        VerificationReport all = VerificationReport.of(CapsuleVersion.current(), List.of(report));
        assertTrue(new String(JUnitXml.write(all, false), StandardCharsets.UTF_8).contains(finding));
        String json = new String(ReportJson.write(all), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"kind\" : \"TWIN_AGAINST_ORIGINAL\""), json);
        assertEquals(List.of(), ReportSchema.problems(ReportJson.write(all)));
    }

    @Test
    void aDeclaredNanResponseIsRecordedInTheCapsuleAndVerifiedWith() throws Exception {
        Path folder = copyOfTheExample("nan-response");
        String yaml = Files.readString(folder.resolve("capsule.yaml"));
        Files.writeString(
                folder.resolve("capsule.yaml"),
                yaml.replace("format: tmva-xml\n", "format: tmva-xml\n    nan_response: -1.5\n"));
        Path declared = temp.resolve("nan-response.tar.gz");
        Packager.pack(PackOptions.of(folder.resolve("capsule.yaml"), declared));

        String json = new String(BagSurgery.open(declared).files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"nan_response\": -1.5"), json);
        assertTrue(
                json.contains("\"nan_input\": \"an event with any NaN input gets response -1.5 (declared by the "
                        + "capsule: nan_response;" + " TMVA's Reader would give -999)\""),
                json);
        assertEquals(Verdict.REPRODUCED, verify(declared).verdict());
    }

    /** The example's files in a new folder of the test's, to be changed there. */
    private static Path copyOfTheExample(String name) throws Exception {
        return Examples.ZERO_LEPTON_BDT_EVEN.copyTo(temp.resolve(name));
    }

    /** A wrong twin: that of the weight file with every {@code res} doubled, so strong responses grow stronger. */
    private static byte[] doubledLeavesTwin(String xml) throws Exception {
        Matcher res = Pattern.compile("res=\"([^\"]+)\"").matcher(xml);
        StringBuilder doubled = new StringBuilder();
        while (res.find()) {
            res.appendReplacement(doubled, "res=\"" + 2 * Double.parseDouble(res.group(1)) + "\"");
        }
        res.appendTail(doubled);
        try (TmvaBdtRunner bdt =
                TmvaBdtRunner.load(doubled.toString().getBytes(StandardCharsets.UTF_8), "doubled.xml")) {
            return bdt.onnxTwin();
        }
    }
}
