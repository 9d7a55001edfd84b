package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ChangedEvent;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.StageReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SUSY example's cutflow SR-NN-4j: recorded at packing, re-derived by verify, and refused when declared wrongly.
 */
class CutflowTest {
    private static final String OUTPUT = "data/reference/nn_4jets/outputs/39.npy";
    private static final String WEIGHTS = "data/reference/nn_4jets/weights.npy";
    private static final String NN_STAGE = "NN > 0.73";
    private static final int NPY_HEADER = 128;

    @TempDir
    static Path temp;

    static BagSurgery susy;
    static long packedEvents;
    static String packedWeighted;

    @BeforeAll
    static void packOnce() throws Exception {
        susy = BagSurgery.open(Examples.SUSY_4JETS.pack(temp.resolve("susy.tar.gz")));
        JsonNode stage = nnStage(susy);
        packedEvents = stage.path("events").asLong();
        packedWeighted = stage.path("weighted").asText();
    }

    private static JsonNode nnStage(BagSurgery bag) throws Exception {
        JsonNode json = new ObjectMapper().readTree(bag.files.get(BagLayout.CAPSULE_JSON));
        return json.path("cutflows").get(0).path("stages").get(1);
    }

    private static ArchiveReport verify(BagSurgery bag, String name) throws Exception {
        Path archive = temp.resolve(name + ".tar.gz");
        bag.write(archive);
        return new Verifier(VerifyOptions.defaults()).verify(archive);
    }

    private static StageReport stage(ArchiveReport report) {
        CutflowReport cutflow = report.cutflows().get(0);
        assertEquals("SR-NN-4j", cutflow.name());
        return cutflow.stages().stream()
                .filter(s -> s.name().equals(NN_STAGE))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void packRecordsTheComputedNumbersAndVerifyReDerivesThemWithBothEngines() throws Exception {
        ArchiveReport report = verify(susy, "as-packed");

        assertEquals(Verdict.REPRODUCED, report.verdict(), report.reason());
        assertEquals(Verdict.REPRODUCED, report.physicsVerdict());
        StageReport stage = stage(report);
        assertTrue(stage.reproduced());
        assertEquals(packedEvents, stage.recordedEvents());
        assertEquals(packedEvents, stage.rederivedEvents());
        assertEquals(packedEvents, stage.witnessEvents(), "the portable witness re-derives the cutflow too");
        assertEquals(Double.parseDouble(packedWeighted), stage.rederivedWeighted());
        assertTrue(
                packedEvents > 0 && packedEvents < 1000, "the working point keeps some of the events: " + packedEvents);
        assertTrue(susy.files.containsKey(WEIGHTS), "the reference weights are archived");
        assertTrue(new String(susy.files.get("manifest-sha512.txt"), StandardCharsets.UTF_8).contains(WEIGHTS));
    }

    @Test
    void aRecordedNumberChangedAfterwardsWithConsistentChecksumsIsNotReproducedNamingTheStage() throws Exception {
        BagSurgery forged = susy.copy();
        String json = new String(forged.files.get(BagLayout.CAPSULE_JSON), StandardCharsets.UTF_8);
        String recorded = "\"events\": " + packedEvents + ",\n          \"name\": \"" + NN_STAGE + "\"";
        assertTrue(json.contains(recorded), json);
        forged.files.put(
                BagLayout.CAPSULE_JSON,
                json.replace(recorded, recorded.replace(Long.toString(packedEvents), Long.toString(packedEvents + 1)))
                        .getBytes(StandardCharsets.UTF_8));

        ArchiveReport report = verify(forged.reseal(), "forged-cutflow");

        assertEquals(Verdict.NOT_REPRODUCED, report.verdict(), report.reason());
        assertEquals(Verdict.REPRODUCED, report.numericVerdict(), "every output is still bit-identical");
        assertEquals(Verdict.NOT_REPRODUCED, report.physicsVerdict());
        StageReport stage = stage(report);
        assertFalse(stage.reproduced());
        assertEquals(packedEvents + 1, stage.recordedEvents());
        assertEquals(packedEvents, stage.rederivedEvents());
        assertEquals(0, stage.changedCount(), "no event changed: the recorded number did");
        Finding first = report.checks().get(4).findings().get(0);
        assertEquals(FindingCode.CUTFLOW_STAGE_DIFFERS, first.code(), report.reason());
        assertEquals(BagLayout.CAPSULE_JSON, first.file());
    }

    @Test
    void aStoredOutputMovedAcrossTheWorkingPointNamesTheChangedEventInTheCutflowAndTheOutputComparison()
            throws Exception {
        BagSurgery forged = susy.copy();
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
        int event = 417;
        float stored = output.getFloat(NPY_HEADER + 4 * event);
        boolean passed = stored > 0.73f;
        output.putFloat(NPY_HEADER + 4 * event, passed ? 0.5f : 0.9f);
        float weight = ByteBuffer.wrap(susy.files.get(WEIGHTS))
                .order(ByteOrder.LITTLE_ENDIAN)
                .getFloat(NPY_HEADER + 4 * event);

        ArchiveReport report = verify(forged.reseal(), "moved-output");

        assertEquals(Verdict.NOT_REPRODUCED, report.verdict());
        assertEquals(Verdict.NOT_REPRODUCED, report.physicsVerdict());
        OutputReport comparison = report.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.REFERENCE_OUTPUT)
                .findFirst()
                .orElseThrow();
        assertEquals(event, comparison.comparison().cutChanges().get(0).firstChangedIndex());
        StageReport stage = stage(report);
        assertEquals(packedEvents, stage.rederivedEvents(), "the re-executed outputs give the recorded number");
        assertEquals(packedEvents + (passed ? -1 : 1), stage.storedEvents(), "the forged stored outputs do not");
        assertTrue(stage.changedCount() >= 1);
        ChangedEvent changed = stage.changed().get(0);
        assertEquals(event, changed.event());
        assertEquals("nn_4jets", changed.model());
        assertEquals(!passed, changed.passedStored(), "by the forged stored output it was on the other side");
        assertEquals(weight, changed.weight(), 0.0);
        assertTrue(stage.line("SR-NN-4j").contains("changed: event 417 of nn_4jets"), stage.line("SR-NN-4j"));
    }

    @Test
    void aDeclaredYieldThatDiffersIsRefusedNamingCutflowStageDeclaredAndComputed() throws Exception {
        Path copy = Examples.SUSY_4JETS.copyTo(temp.resolve("declared-wrong"));
        Path descriptor = copy.resolve("capsule.yaml");
        String yaml = Files.readString(descriptor);
        String cut = "        cut: {model: nn_4jets, output: \"39\", working_point: \"SR-NN-4j (1 lepton, "
                + "exactly 4 jets, >= 4 b-jets)\"}\n";
        assertTrue(yaml.contains(cut));
        Files.writeString(descriptor, yaml.replace(cut, cut + "        events: " + (packedEvents - 1) + "\n"));

        PackException refused = assertThrows(
                PackException.class, () -> Packager.pack(PackOptions.of(descriptor, temp.resolve("refused.tar.gz"))));

        assertTrue(
                refused.getMessage()
                        .contains("cutflow SR-NN-4j, stage \"" + NN_STAGE + "\": declared " + (packedEvents - 1)
                                + " events, but " + packedEvents + " reference events pass"),
                refused.getMessage());
        assertFalse(Files.exists(temp.resolve("refused.tar.gz")));
    }

    @Test
    void aDeclaredWeightedYieldIsAcceptedToTheDigitsItIsWrittenWith() throws Exception {
        Path copy = Examples.SUSY_4JETS.copyTo(temp.resolve("declared-weighted"));
        Path descriptor = copy.resolve("capsule.yaml");
        String yaml = Files.readString(descriptor);
        String cut = "        cut: {model: nn_4jets, output: \"39\", working_point: \"SR-NN-4j (1 lepton, "
                + "exactly 4 jets, >= 4 b-jets)\"}\n";
        java.math.BigDecimal computed = new java.math.BigDecimal(packedWeighted);
        String twoDigits = computed.round(new java.math.MathContext(2)).toPlainString();
        String offByOne = computed.round(new java.math.MathContext(3))
                .add(new java.math.BigDecimal("0.01"))
                .toPlainString();

        Files.writeString(
                descriptor,
                yaml.replace(cut, cut + "        events: " + packedEvents + "\n        weighted: " + twoDigits + "\n"));
        Packager.pack(PackOptions.of(descriptor, temp.resolve("accepted.tar.gz")));
        JsonNode recorded = nnStage(BagSurgery.open(temp.resolve("accepted.tar.gz")));
        assertEquals(packedWeighted, recorded.path("weighted").asText(), "what is recorded is the computed value");

        Files.writeString(descriptor, yaml.replace(cut, cut + "        weighted: " + offByOne + "\n"));
        PackException refused = assertThrows(
                PackException.class,
                () -> Packager.pack(PackOptions.of(descriptor, temp.resolve("refused-weighted.tar.gz"))));
        assertTrue(refused.getMessage().contains("declared weighted " + offByOne), refused.getMessage());
    }

    @Test
    void aPaperCutflowIsReadFromAHepDataTableCarriedAndShownNeverReDerived() throws Exception {
        Path copy = Examples.SUSY_4JETS.copyTo(temp.resolve("paper"));
        Files.copy(
                Examples.repositoryRoot()
                        .resolve("schema/src/test/resources/hep/capsule/internal/schema/hepdata/cutflow-sr-nn-4j.yaml"),
                copy.resolve("cutflow-sr-nn-4j.yaml"));
        Path descriptor = copy.resolve("capsule.yaml");
        Files.writeString(descriptor, Files.readString(descriptor) + """
                  - name: SR-NN-4j (paper)
                    description: a table written for this test in HEPData's format, not a published one
                    signal_model: param_card.Gtt.slha
                    source: paper
                    stages_from:
                      hepdata_table: cutflow-sr-nn-4j.yaml
                      events_column: Events
                      weighted_column: Weighted yield
                """);
        BagSurgery packed = BagSurgery.open(Packager.pack(PackOptions.of(descriptor, temp.resolve("paper.tar.gz")))
                .archive());

        assertTrue(
                packed.files.containsKey("data/files/cutflow/cutflow-sr-nn-4j.yaml"), "the table is archived verbatim");
        JsonNode paper = new ObjectMapper()
                .readTree(packed.files.get(BagLayout.CAPSULE_JSON))
                .path("cutflows")
                .get(1);
        assertEquals(
                "data/files/cutflow/cutflow-sr-nn-4j.yaml",
                paper.path("stages_from").path("hepdata_table").asText());
        assertEquals(4, paper.path("stages").size());
        assertEquals("3.9", paper.path("stages").get(3).path("weighted").asText());
        ArchiveReport report = verify(packed, "paper");
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.reason());
        CutflowReport shown = report.cutflows().get(1);
        assertEquals("paper", shown.source());
        assertEquals(310L, shown.stages().get(3).recordedEvents());
        assertTrue(shown.stages().stream().noneMatch(StageReport::rederived));
        assertEquals(
                "cutflow SR-NN-4j (paper), stage \"NN > 0.73\": recorded 310 events (3.90) (not re-derived)",
                shown.stages().get(3).line(shown.name()));
    }
}
