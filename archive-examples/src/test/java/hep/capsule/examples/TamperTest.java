package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed byte anywhere makes an archive INVALID; a changed reference output with matching checksums is
 * NOT_REPRODUCED.
 */
class TamperTest {
    private static final String SUSY_OUTPUT = "data/reference/nn_4jets/outputs/39.npy";
    private static final int NPY_HEADER = 128;

    @TempDir
    static Path temp;

    static BagSurgery susy;

    @BeforeAll
    static void packOnce() throws Exception {
        susy = BagSurgery.open(Examples.SUSY_4JETS.pack(temp.resolve("susy.tar.gz")));
    }

    private static ArchiveReport verify(BagSurgery bag, String name) throws Exception {
        Path archive = temp.resolve(name + ".tar.gz");
        bag.write(archive);
        return new Verifier(VerifyOptions.defaults()).verify(archive);
    }

    @Test
    void oneFlippedByteInAnyFileIsInvalidAndNamesThatFile() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : susy.files.keySet()) {
            BagSurgery tampered = susy.copy();
            byte[] bytes = tampered.files.get(path);
            bytes[bytes.length / 2] ^= 0x01;
            ArchiveReport report = verify(tampered, "flipped");
            Finding first = failedFindings(report).get(0);
            if (report.verdict() != Verdict.INVALID
                    || first.code() != flipped(path)
                    || !first.file().endsWith(path)) {
                failures.add(path + " -> " + report.verdict() + ": " + failedFindings(report));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(
                19 + 66,
                susy.files.size(),
                "every file of the bag was tried: 17, data/ro-crate-metadata.json, the cutflow's reference "
                        + "weights and the 66 plots");
    }

    @Test
    void aChangedReferenceOutputIsNotReproducedAndNamesTheElementAndTheCut() throws Exception {
        BagSurgery forged = susy.copy();
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(SUSY_OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
        int event = 417;
        float stored = output.getFloat(NPY_HEADER + 4 * event);
        float crossing = stored > 0.73f ? 0.5f : 0.9f;
        output.putFloat(NPY_HEADER + 4 * event, crossing);

        ArchiveReport report = verify(forged.reseal(), "forged-output");

        assertEquals(Verdict.NOT_REPRODUCED, report.verdict(), report.toString());
        OutputReport result = referenceOutput(report);
        assertEquals(event, result.comparison().firstDifference().index());
        assertEquals(999, result.comparison().bitIdentical());
        assertEquals(
                1, result.comparison().cutChanges().get(0).changedDecisions(), "the forged value crosses the 0.73 cut");
        assertEquals(
                new Finding(
                        FindingCode.REFERENCE_OUTPUT_DIFFERS,
                        SUSY_OUTPUT,
                        reproductionFindings(report).get(0).message()),
                reproductionFindings(report).get(0));
        assertTrue(
                !report.environmentDifferences().isEmpty(),
                "a result that is not bit-exact lists the environment differences");
    }

    @Test
    void aDeclaredToleranceTurnsASmallDifferenceIntoReproducedWithinToleranceAndNoMore() throws Exception {
        for (int ulps : new int[] {2, 3}) {
            BagSurgery forged = susy.copy();
            ByteBuffer output = ByteBuffer.wrap(forged.files.get(SUSY_OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
            int bits = output.getInt(NPY_HEADER + 4 * 10);
            output.putInt(NPY_HEADER + 4 * 10, bits + ulps);
            String json = new String(forged.files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
            String withTolerance =
                    json.replace("\"stored_reference\"", "\"tolerance\" : { \"max_ulp\" : 2 },\n\"stored_reference\"");
            assertTrue(!withTolerance.equals(json));
            forged.files.put(BagLayout.CAPSULE_JSON, withTolerance.getBytes(StandardCharsets.UTF_8));

            ArchiveReport report = verify(forged.reseal(), "tolerance-" + ulps);

            assertEquals(
                    ulps == 2 ? Verdict.REPRODUCED_WITHIN_TOLERANCE : Verdict.NOT_REPRODUCED,
                    report.verdict(),
                    report.toString());
            assertEquals(ulps, referenceOutput(report).comparison().maxUlp());
            assertEquals(
                    ulps == 2 ? FindingCode.REFERENCE_OUTPUT_ACCEPTED : FindingCode.REFERENCE_OUTPUT_DIFFERS,
                    reproductionFindings(report).get(0).code());
        }
    }

    /** The stored onnxruntime outputs shifted by some ULP at one event, packed "on another kind of machine" or not. */
    private static ArchiveReport shiftedOutput(int event, int ulps, float setTo, boolean otherMachine, String name)
            throws Exception {
        BagSurgery forged = susy.copy();
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(SUSY_OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
        if (Float.isNaN(setTo)) {
            output.putInt(NPY_HEADER + 4 * event, output.getInt(NPY_HEADER + 4 * event) + ulps);
        } else {
            output.putFloat(NPY_HEADER + 4 * event, setTo);
        }
        if (otherMachine) {
            String json = new String(forged.files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
            String elsewhere =
                    json.replace("\"cpu_flags\": [", "\"cpu_flags\": [ \"an_instruction_set_this_cpu_lacks\",");
            assertTrue(!elsewhere.equals(json));
            forged.files.put(BagLayout.CAPSULE_JSON, elsewhere.getBytes(StandardCharsets.UTF_8));
        }
        return verify(forged.reseal(), name);
    }

    @Test
    void onAnotherKindOfMachineOnnxruntimeMayDifferWhileTheWitnessIsExactAndNoCutChanges() throws Exception {
        ArchiveReport elsewhere = shiftedOutput(10, 3, Float.NaN, true, "elsewhere");
        assertEquals(Verdict.REPRODUCED_WITHIN_TOLERANCE, elsewhere.verdict(), elsewhere.toString());
        assertEquals(
                List.of(FindingCode.REFERENCE_OUTPUT_ACCEPTED),
                reproductionFindings(elsewhere).stream()
                        .map(Finding::code)
                        .filter(code -> code.kind() == FindingCode.Kind.PROBLEM)
                        .toList());
        assertTrue(
                elsewhere.environmentDifferences().stream()
                        .anyMatch(d -> d.contains("an_instruction_set_this_cpu_lacks")),
                elsewhere.environmentDifferences().toString());
        OutputReport witness = elsewhere.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.WITNESS_OUTPUT)
                .findFirst()
                .orElseThrow();
        assertTrue(witness.comparison().isBitExact());
        assertTrue(
                elsewhere.outputs().stream().anyMatch(o -> o.kind() == OutputReport.Kind.MAIN_RUNTIME_AGAINST_WITNESS),
                "the distance between onnxruntime and the witness is reported");

        assertEquals(
                Verdict.NOT_REPRODUCED,
                shiftedOutput(10, 3, Float.NaN, false, "same-machine").verdict(),
                "on the same kind of machine onnxruntime must be bit-identical");
        ArchiveReport cutChanged = shiftedOutput(417, 0, 0.9f, true, "elsewhere-cut");
        assertEquals(
                Verdict.NOT_REPRODUCED,
                cutChanged.verdict(),
                "a changed cut decision is never acceptable: " + cutChanged);
    }

    @Test
    void theWitnessMustBeBitIdenticalOnEveryMachine() throws Exception {
        BagSurgery forged = susy.copy();
        String witnessOutput = "data/reference/nn_4jets/witness-outputs/39.npy";
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(witnessOutput)).order(ByteOrder.LITTLE_ENDIAN);
        output.putInt(NPY_HEADER + 4 * 5, output.getInt(NPY_HEADER + 4 * 5) + 1);
        ArchiveReport report = verify(forged.reseal(), "witness");
        assertEquals(Verdict.NOT_REPRODUCED, report.verdict(), report.toString());
        assertEquals(
                new Finding(
                        FindingCode.WITNESS_OUTPUT_DIFFERS,
                        witnessOutput,
                        reproductionFindings(report).get(0).message()),
                reproductionFindings(report).get(0));
        OutputReport witness = report.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.WITNESS_OUTPUT)
                .findFirst()
                .orElseThrow();
        assertEquals(5, witness.comparison().firstDifference().index());
    }

    /**
     * The code of the first finding when one byte of a file is flipped: the file changed, or a tag file became
     * malformed.
     */
    private static FindingCode flipped(String path) {
        return path.startsWith("data/")
                ? FindingCode.PAYLOAD_CHECKSUM_MISMATCH
                : path.equals(BagLayout.BAGIT_TXT)
                        ? FindingCode.BAGIT_DECLARATION_WRONG
                        : path.startsWith("tagmanifest-")
                                ? FindingCode.TAG_MANIFEST_ENTRY_WRONG
                                : FindingCode.TAG_CHECKSUM_MISMATCH;
    }

    private static List<Finding> failedFindings(ArchiveReport report) {
        return report.checks().stream()
                .filter(c -> c.status() == CheckStatus.FAILED)
                .flatMap(c -> c.findings().stream())
                .toList();
    }

    private static List<Finding> reproductionFindings(ArchiveReport report) {
        return report.checks().stream()
                .filter(c -> c.check().equals(Verifier.REPRODUCTION))
                .findFirst()
                .orElseThrow()
                .findings();
    }

    private static OutputReport referenceOutput(ArchiveReport report) {
        return report.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.REFERENCE_OUTPUT)
                .findFirst()
                .orElseThrow();
    }
}
