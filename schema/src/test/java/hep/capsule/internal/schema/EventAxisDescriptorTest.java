package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** per_event: false on inputs and outputs, scalars, zero-size dimensions and the new element types in capsule.yaml. */
class EventAxisDescriptorTest {

    private static final String ODD_INPUT = String.join(
            "\n",
            "      - name: input",
            "        type: float32",
            "        shape: [null, 1]",
            "        reference: data/reference_inputs_odd.npy",
            "        features:",
            "          - name: met",
            "            description: missing transverse momentum",
            "            unit: GeV",
            "            normalisation:",
            "              formula: none",
            "            padding: none",
            "            nan_policy: not_expected",
            "            valid_range: [0.0, 13000.0]",
            "");

    private static String withOddInput(String input) {
        return Fixture.replaced(ODD_INPUT, input);
    }

    @Test
    void aWholeInputHasADescriptionInsteadOfFeaturesAndAnyShape() throws Exception {
        String yaml = withOddInput(String.join(
                "\n",
                "      - name: input",
                "        type: uint8",
                "        shape: []",
                "        per_event: false",
                "        reference: data/reference_inputs_odd.npy",
                "        description: the number of jets the model expects",
                "      - name: weights",
                "        type: float16",
                "        shape: [0, 3]",
                "        per_event: false",
                "        reference: data/weights.npy",
                "        description: an empty weight matrix",
                ""));
        ModelSpec model = new DescriptorLoader()
                .load(yaml, Fixture.FILE)
                .descriptor()
                .models()
                .get(1);
        InputSpec scalar = model.inputs().get(0);
        assertFalse(scalar.perEvent());
        assertEquals(ElementType.UINT8, scalar.type());
        assertEquals(List.of(), scalar.shape());
        assertEquals(
                "the number of jets the model expects", scalar.description().orElseThrow());
        assertEquals(List.of(0L, 3L), model.inputs().get(1).shape());
        assertEquals(ElementType.FLOAT16, model.inputs().get(1).type());
        assertTrue(model.outputs().get(0).perEvent());
        assertFalse(model.runsWhole());
    }

    @Test
    void aScalarInputMustBeDeclaredWhole() {
        DescriptorException e = Fixture.failure(withOddInput(ODD_INPUT.replace("shape: [null, 1]", "shape: []")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("models[1].inputs[0].shape", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("add per_event: false and a description"), e.getMessage());
    }

    @Test
    void aWholeInputHasNoFeatures() {
        DescriptorException e = Fixture.failure(
                withOddInput(ODD_INPUT.replace("shape: [null, 1]", "shape: [4, 1]\n        per_event: false")));
        assertTrue(e.problems().stream().anyMatch(p -> p.field().startsWith("models[1].inputs[0]")), e.getMessage());
    }

    @Test
    void anOutputWithoutAnEventAxisRunsWholeAndHasNoWorkingPoints() throws Exception {
        String whole = Fixture.replaced(
                "        shape: [null, 1]\n        meaning: probability that the event is signal\n        "
                        + "range: [0.0, 1.0]\n        working_points:",
                "        shape: [3]\n        per_event: false\n        meaning: probability that the event "
                        + "is signal\n        range: [0.0, 1.0]\n        working_points:");
        DescriptorException e = Fixture.failure(whole);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("models[0].outputs[0].working_points", e.problems().get(0).field());
        assertTrue(
                e.problems()
                        .get(0)
                        .message()
                        .startsWith("expected no working points on output \"output\", which has per_event: false"),
                e.getMessage());

        String yaml = whole.replace(
                "        working_points:\n          - name: SR-4j\n            operator: \">\"\n            "
                        + "threshold: 0.87\n",
                "");
        ModelSpec model = new DescriptorLoader()
                .load(yaml, Fixture.FILE)
                .descriptor()
                .models()
                .get(0);
        assertFalse(model.outputs().get(0).perEvent());
        assertTrue(model.runsWhole());
    }
}
