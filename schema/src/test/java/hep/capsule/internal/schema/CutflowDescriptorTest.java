package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** cutflows and reference_weights in capsule.yaml, and paper cutflows read from HEPData tables. */
class CutflowDescriptorTest {
    private static final String CUTFLOW = """
            cutflows:
              - name: SR-4j
                description: the network's cut
                signal_model: cards/param_card.Gtt.slha
                source: reference_events
                stages:
                  - {name: "preselection", events: 2000}
                  - name: "NN > 0.87"
                    cut: {model: nn_even, output: output, working_point: SR-4j}
                    weighted: 3.9
            """;

    private static String withCutflow(String cutflow) {
        return Fixture.text() + cutflow;
    }

    @Test
    void aCutflowIsReadWithItsStagesCutsAndNumbersAsWritten() throws Exception {
        String yaml = Fixture.replaced(
                        "    file: models/OneLeptonMultiJets2018_4jets_odd.onnx\n",
                        "    file: models/OneLeptonMultiJets2018_4jets_odd.onnx\n    reference_weights: "
                                + "data/weights_odd.npy\n")
                + CUTFLOW;
        Descriptor descriptor = new DescriptorLoader().load(yaml, Fixture.FILE).descriptor();

        Cutflow cutflow = descriptor.cutflows().get(0);
        assertEquals(CutflowSource.REFERENCE_EVENTS, cutflow.source());
        assertEquals(1, cutflow.firstCutStage());
        assertEquals(
                new StageCut("nn_even", "output", "SR-4j"),
                cutflow.stages().get(1).cut().orElseThrow());
        assertEquals(new BigDecimal("3.9"), cutflow.stages().get(1).weighted().orElseThrow());
        assertEquals(2000, cutflow.stages().get(0).events().getAsLong());
        assertEquals(
                Optional.of("data/weights_odd.npy"), descriptor.models().get(1).referenceWeights());
    }

    @Test
    void aCutOnAWorkingPointThatDoesNotExistNamesItsLine() {
        String yaml = withCutflow(CUTFLOW.replace("working_point: SR-4j", "working_point: SR-5j"));
        DescriptorProblem problem = Fixture.failure(yaml).problems().get(0);
        assertEquals(Fixture.lineOf(yaml, "working_point: SR-5j"), problem.line());
        assertEquals("cutflows[0].stages[1].cut.working_point", problem.field());
        assertTrue(problem.message().contains("\"SR-4j\""), problem.message());
    }

    @Test
    void aCutOnAnOutputWithoutAnEventAxisIsRefused() {
        String yaml = Fixture.replaced(
                        "        range: [0.0, 1.0]\n        working_points:\n",
                        "        range: [0.0, 1.0]\n        per_event: false\n        working_points:\n")
                + CUTFLOW;
        List<DescriptorProblem> problems = Fixture.failure(yaml).problems();
        DescriptorProblem cut = problems.stream()
                .filter(p -> p.field().equals("cutflows[0].stages[1].cut.output"))
                .findFirst()
                .orElseThrow();
        assertEquals(Fixture.lineOf(yaml, "cut: {model: nn_even"), cut.line());
        assertTrue(cut.message().contains("output \"output\" of model nn_even has per_event: false"), cut.message());
        assertEquals(
                List.of("models[0].outputs[0].working_points", "cutflows[0].stages[1].cut.output"),
                problems.stream().map(DescriptorProblem::field).toList());
    }

    @Test
    void theSignalModelMustBeAFileOfRoleSignalModel() {
        String yaml = withCutflow(
                CUTFLOW.replace("signal_model: cards/param_card.Gtt.slha", "signal_model: cards/run_card.dat"));
        DescriptorProblem problem = Fixture.failure(yaml).problems().get(0);
        assertEquals("cutflows[0].signal_model", problem.field());
        assertEquals(Fixture.lineOf(yaml, "signal_model: cards/run_card.dat"), problem.line());
    }

    @Test
    void aReferenceEventsCutflowWithoutACutAndStagesWrittenAndReadFromATableAreRefused() {
        String yaml = withCutflow(
                CUTFLOW.replace("        cut: {model: nn_even, output: output, working_point: SR-4j}\n", ""));
        assertEquals(
                "cutflows[0].stages", Fixture.failure(yaml).problems().get(0).field());
        String both = withCutflow(CUTFLOW.replace(
                "    source: reference_events\n", "    source: paper\n    stages_from: {hepdata_table: t.yaml}\n"));
        assertEquals("cutflows[0]", Fixture.failure(both).problems().get(0).field());
    }

    @Test
    void capsuleJsonWrittenByPackIsTheOnlyPlaceForSignalModelFacts() {
        String yaml = Fixture.text() + "signal_model_facts: []\n";
        assertTrue(Fixture.failure(yaml).problems().get(0).message().contains("written by capsule pack"));
    }

    private static String table(String name) throws IOException {
        try (InputStream in = CutflowDescriptorTest.class.getResourceAsStream("hepdata/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHepDataTableGivesTheStagesWithEventsAndWeightedYields() throws Exception {
        List<CutflowStage> stages = HepDataTable.read(
                table("cutflow-sr-nn-4j.yaml"),
                "cutflow-sr-nn-4j.yaml",
                Optional.of("Events"),
                Optional.of("Weighted yield"),
                DescriptorLimits.DEFAULT);
        assertEquals(
                List.of("exactly 1 lepton", "exactly 4 jets", ">= 4 b-jets", "NN > 0.73"),
                stages.stream().map(CutflowStage::name).toList());
        assertEquals(310, stages.get(3).events().getAsLong());
        assertEquals(new BigDecimal("3.9"), stages.get(3).weighted().orElseThrow());
        List<CutflowStage> firstColumn = HepDataTable.read(
                table("cutflow-sr-nn-4j.yaml"), "t.yaml", Optional.empty(), Optional.empty(), DescriptorLimits.DEFAULT);
        assertEquals(
                new BigDecimal("20000"),
                firstColumn.get(0).weighted().orElseThrow(),
                "without names the first column is the yield");
    }

    @Test
    void aMissingColumnIsAnErrorNamingTheFileTheFieldAndTheColumnsFound() throws Exception {
        String text = table("one-column.yaml");
        DescriptorException e = assertThrows(
                DescriptorException.class,
                () -> HepDataTable.read(
                        text,
                        "one-column.yaml",
                        Optional.of("Events"),
                        Optional.of("Weighted yield"),
                        DescriptorLimits.DEFAULT));
        DescriptorProblem problem = e.problems().get(0);
        assertEquals("one-column.yaml", problem.file());
        assertEquals("dependent_variables", problem.field());
        assertTrue(
                problem.message().contains("\"Weighted yield\"")
                        && problem.message().contains("\"Events\""),
                problem.message());
    }

    @Test
    void aNonNumberIsAnErrorNamingItsLineAndField() throws Exception {
        String text = table("non-number.yaml");
        DescriptorException e = assertThrows(
                DescriptorException.class,
                () -> HepDataTable.read(
                        text,
                        "non-number.yaml",
                        Optional.of("Events"),
                        Optional.of("Weighted yield"),
                        DescriptorLimits.DEFAULT));
        DescriptorProblem problem = e.problems().get(0);
        assertEquals("dependent_variables[1].values[2].value", problem.field());
        assertEquals(Fixture.lineOf(text, "{value: \"-\"}"), problem.line());
        assertTrue(problem.message().contains("stage 3"), problem.message());
    }

    @Test
    void aColumnWithAnotherNumberOfValuesThanStagesIsAnError() throws Exception {
        String text = table("short-column.yaml");
        DescriptorException e = assertThrows(
                DescriptorException.class,
                () -> HepDataTable.read(
                        text, "short-column.yaml", Optional.of("Events"), Optional.empty(), DescriptorLimits.DEFAULT));
        assertEquals("dependent_variables[0].values", e.problems().get(0).field());
        assertTrue(
                e.problems().get(0).message().contains("4")
                        && e.problems().get(0).message().contains("found 3"),
                e.getMessage());
    }
}
