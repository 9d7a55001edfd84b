package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A model declared the ONNX twin of another ({@code twin_of}), and the declared NaN response of a BDT. */
class TwinDescriptorTest {

    private static final String TWIN = """
              - id: nn_odd_twin
                file: models/nn_odd_twin.onnx
                format: onnx
                twin_of: nn_odd
                inputs:
                  - name: input
                    type: float32
                    shape: [null, 1]
                outputs:
                  - name: output
                    type: float32
                    shape: [null, 1]
            """;

    /** The fixture with the twin added as the last model. */
    private static String withTwin() {
        return Fixture.replaced("folds:\n", TWIN + "folds:\n");
    }

    private static String withTwin(String from, String to) {
        String text = withTwin();
        int at = text.indexOf("  - id: nn_odd_twin");
        String twin = text.substring(at);
        Fixture.lineOf(twin, from);
        return text.substring(0, at) + twin.replace(from, to);
    }

    @Test
    void twinLoadsWithItsOriginalAndNeedsNoFoldOfItsOwn() throws Exception {
        Descriptor d = new DescriptorLoader().load(withTwin(), Fixture.FILE).descriptor();

        ModelSpec twin = d.models().get(2);
        assertEquals(Optional.of("nn_odd"), twin.twinOf());
        assertTrue(twin.isTwin());
        assertEquals(List.of(), twin.inputs().get(0).features());
        assertEquals(Optional.empty(), twin.inputs().get(0).reference());
        assertEquals(List.of(), twin.outputs().get(0).workingPoints());
        assertTrue(d.models().get(0).twinOf().isEmpty());
        assertEquals(2, d.folds().orElseThrow().assignments().size());
    }

    @Test
    void twinIsNotCountedAmongTheModelsThatNeedFolds() throws Exception {
        String text = withTwin();
        String odd = text.substring(text.indexOf("  - id: nn_odd\n"), text.indexOf("  - id: nn_odd_twin"));
        String single = text.replace(odd, "")
                .replace("twin_of: nn_odd", "twin_of: nn_even")
                .replace("shape: [null, 1]\n    outputs", "shape: [null, 3]\n    outputs");
        String noFolds = single.substring(0, single.indexOf("folds:")) + single.substring(single.indexOf("files:"));

        Descriptor d = new DescriptorLoader().load(noFolds, Fixture.FILE).descriptor();

        assertEquals(
                List.of("nn_even", "nn_odd_twin"),
                d.models().stream().map(ModelSpec::id).toList());
    }

    /** Each case: replace (inside the twin), by, line fragment, field, message fragment. */
    static Stream<Arguments> brokenTwins() {
        return Stream.of(
                Arguments.of(
                        "unknown original",
                        "twin_of: nn_odd",
                        "twin_of: nn_old",
                        "twin_of: nn_old",
                        "models[2].twin_of",
                        "expected the id of another model in models (nn_even, nn_odd, nn_odd_twin)"
                                + " but found \"nn_old\""),
                Arguments.of(
                        "its own twin",
                        "twin_of: nn_odd",
                        "twin_of: nn_odd_twin",
                        "twin_of: nn_odd_twin",
                        "models[2].twin_of",
                        "expected the id of another model"),
                Arguments.of(
                        "not ONNX",
                        "format: onnx\n    twin_of",
                        "format: lwtnn-json\n    twin_of",
                        "format: lwtnn-json",
                        "models[2].format",
                        "expected onnx, as a twin is the ONNX form of its original"),
                Arguments.of(
                        "other shape",
                        "        shape: [null, 1]\n    outputs",
                        "        shape: [null, 2]\n    outputs",
                        "shape: [null, 2]",
                        "models[2].inputs[0].shape",
                        "expected the original's input shape [null,1]"),
                Arguments.of(
                        "other output name",
                        "      - name: output",
                        "      - name: score",
                        "name: score",
                        "models[2].outputs[0].name",
                        "expected the original's output name \"output\""),
                Arguments.of(
                        "own features",
                        "        shape: [null, 1]\n    outputs",
                        "        shape: [null, 1]\n        features: []\n    outputs",
                        "features: []",
                        "models[2].inputs[0].features",
                        "unknown key \"features\""),
                Arguments.of(
                        "own reference inputs",
                        "        shape: [null, 1]\n    outputs",
                        "        shape: [null, 1]\n        reference: data/mine.npy\n    outputs",
                        "reference: data/mine.npy",
                        "models[2].inputs[0].reference",
                        "a twin runs on its original's"),
                Arguments.of(
                        "working point",
                        "        shape: [null, 1]\nfolds",
                        "        shape: [null, 1]\n        working_points: []\nfolds",
                        "working_points: []",
                        "models[2].outputs[0].working_points",
                        "unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTwins")
    void brokenTwinNamesLineFieldAndExpectation(
            String name, String from, String to, String lineFragment, String field, String message) {
        String broken = withTwin(from, to);
        DescriptorException e = Fixture.failure(broken);

        assertEquals(1, e.problems().size(), e.getMessage());
        DescriptorProblem problem = e.problems().get(0);
        assertEquals(field, problem.field(), e.getMessage());
        assertEquals(
                Fixture.lineOf(broken.substring(broken.indexOf("  - id: nn_odd_twin")), lineFragment)
                        + Fixture.lineOf(broken, "  - id: nn_odd_twin")
                        - 1,
                problem.line(),
                e.getMessage());
        assertTrue(problem.message().contains(message), problem.message());
    }

    @Test
    void shapeMismatchNamesTheOriginalsLine() {
        String broken = withTwin("        shape: [null, 1]\n    outputs", "        shape: [null, 2]\n    outputs");
        DescriptorException e = Fixture.failure(broken);

        int original =
                Fixture.lineOf(Fixture.text(), "shape: [null, 1]\n        reference: data/reference_inputs_odd.npy");
        assertTrue(e.getMessage().contains("(line " + original + ")"), e.getMessage());
    }

    @Test
    void twinOfATwinIsRefused() {
        String text = withTwin();
        String second = TWIN.replace("nn_odd_twin", "nn_odd_twin2").replace("twin_of: nn_odd", "twin_of: nn_odd_twin");
        String broken = text.replace("folds:\n", second + "folds:\n");
        DescriptorException e = Fixture.failure(broken);

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("models[3].twin_of", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("\"nn_odd_twin\" is itself the twin of \"nn_odd\""), e.getMessage());
    }

    @Test
    void foldCannotNameATwin() {
        String broken = withTwin().replace("model: nn_odd\n", "model: nn_odd_twin\n");
        DescriptorException e = Fixture.failure(broken);

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("folds.assignments[1].model", e.problems().get(0).field());
        assertEquals(
                Fixture.lineOf(broken, "model: nn_odd_twin"),
                e.problems().get(0).line());
        assertTrue(e.getMessage().contains("a twin serves its original's events"), e.getMessage());
    }

    @Test
    void nanResponseIsRecordedAndOnlyForTmva() throws Exception {
        String tmva = Fixture.replaced(
                "file: models/OneLeptonMultiJets2018_4jets_odd.onnx\n    format: onnx",
                "file: models/bdt_odd.xml\n    format: tmva-xml\n    nan_response: -1.0");
        assertEquals(
                -1.0,
                new DescriptorLoader()
                        .load(tmva, Fixture.FILE)
                        .descriptor()
                        .models()
                        .get(1)
                        .nanResponse()
                        .getAsDouble());
        assertTrue(new DescriptorLoader()
                .load(Fixture.text(), Fixture.FILE)
                .descriptor()
                .models()
                .get(1)
                .nanResponse()
                .isEmpty());

        String onnx = Fixture.replaced(
                "format: onnx\n    description: trained on odd event numbers, applied to even ones",
                "format: onnx\n    nan_response: -1.0\n    description: trained on odd event numbers, "
                        + "applied to even ones");
        DescriptorException e = Fixture.failure(onnx);
        assertEquals("models[0].nan_response", e.problems().get(0).field());
        assertEquals(
                Fixture.lineOf(onnx, "nan_response: -1.0"), e.problems().get(0).line());
        assertTrue(e.getMessage().contains("only a TMVA BDT (format tmva-xml)"), e.getMessage());
    }
}
