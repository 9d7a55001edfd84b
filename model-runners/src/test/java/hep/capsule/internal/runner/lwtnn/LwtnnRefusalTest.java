package hep.capsule.internal.runner.lwtnn;

import static hep.capsule.internal.runner.lwtnn.LwtnnJson.activation;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.json;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.oneInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.UnsupportedModelException;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Files Capsule cannot evaluate, or that do not add up, are refused with a message naming the file and the problem. */
class LwtnnRefusalTest {

    private static final String GRAPH_START =
            "{'inputs': [{'name': 'in', 'variables': [{'name': 'x', 'offset': 0, 'scale': 1}]}],";

    @Test
    void recurrentLayers() {
        refused(
                UnsupportedModelException.class,
                oneInput("{'architecture': 'lstm', 'components': {}, 'activation': 'tanh'}", "'y'"),
                "layers[0] is a recurrent layer (lstm)");
        refused(
                UnsupportedModelException.class,
                json(GRAPH_START + " 'input_sequences': [],"
                        + " 'nodes': [{'type': 'input', 'sources': [0], 'size': 1}, {'type': "
                        + "'feed_forward', 'sources': [0], 'layer_index': 0}],"
                        + " 'layers': [{'architecture': 'gru'}], 'outputs': {'o': {'node_index': 1, "
                        + "'labels': ['a']}}}"),
                "recurrent layer (gru)");
    }

    @Test
    void sequenceInputsAndNodes() {
        refused(
                UnsupportedModelException.class,
                json(GRAPH_START + " 'input_sequences': [{'name': 's', 'variables': []}],"
                        + " 'nodes': [], 'layers': [], 'outputs': {}}"),
                "input_sequences");
        refused(
                UnsupportedModelException.class,
                json(GRAPH_START + " 'input_sequences': [],"
                        + " 'nodes': [{'type': 'input_sequence', 'sources': [0], 'size': 1}], "
                        + "'layers': [], 'outputs': {}}"),
                "nodes[0] is a input_sequence node");
    }

    @Test
    void unsupportedActivations() {
        refused(UnsupportedModelException.class, activation("'swish'"), "\"swish\"");
        refused(ModelExecutionException.class, activation("'leakyrelu'"), "without alpha");
    }

    @Test
    void layerSizesThatDoNotMatchTheWeights() {
        refused(
                ModelExecutionException.class,
                oneInput("{'architecture': 'dense', 'weights': [1, 2], 'bias': [0, 0, 0]}", "'y'"),
                "layers[0] has 3 biases but 2 outputs");
        byte[] twoInputs =
                json("{'inputs': [{'name': 'a', 'offset': 0, 'scale': 1}, {'name': 'b', 'offset': 0, 'scale': 1}],"
                        + " 'layers': [{'architecture': 'dense', 'weights': [1, 2, 3], 'bias': []}], "
                        + "'outputs': ['y']}");
        refused(ModelExecutionException.class, twoInputs, "3 weights, not a multiple of the 2 values");
        refused(
                ModelExecutionException.class,
                oneInput("{'architecture': 'normalization', 'weights': [1, 2], 'bias': [0, 0]}", "'y'"),
                "receives 1 values");
        refused(
                ModelExecutionException.class,
                oneInput("{'architecture': 'dense', 'weights': [1, 2], 'bias': [0, 0]}", "'y'"),
                "\"outputs\" names 1 outputs but the last layer gives 2");
    }

    @Test
    void graphsThatDoNotAddUp() {
        String layers = " 'layers': [{'architecture': 'dense', 'weights': [1], 'bias': [0]}],";
        refused(
                ModelExecutionException.class,
                json(GRAPH_START + " 'input_sequences': [],"
                        + " 'nodes': [{'type': 'input', 'sources': [0], 'size': 2}]," + layers + " 'outputs': {}}"),
                "nodes[0] declares size 2 but inputs[0] (\"in\") has 1 variables");
        refused(
                ModelExecutionException.class,
                json(GRAPH_START + " 'input_sequences': [],"
                        + " 'nodes': [{'type': 'feed_forward', 'sources': [1], 'layer_index': 0}, {'type': "
                        + "'input', 'sources': [0], 'size': 1}],"
                        + layers + " 'outputs': {}}"),
                "sources must be indices of earlier nodes");
        refused(
                ModelExecutionException.class,
                json(GRAPH_START + " 'input_sequences': [],"
                        + " 'nodes': [{'type': 'input', 'sources': [0], 'size': 1}]," + layers
                        + " 'outputs': {'o': {'node_index': 0, 'labels': ['a', 'b']}}}"),
                "outputs.o has 2 labels but node 0 gives 1");
    }

    @Test
    void absurdSizesAreRefusedBeforeTheyAreRead() {
        byte[] huge = new byte[HardenedJson.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        refused(ModelExecutionException.class, huge, "Capsule reads JSON model files of at most");
        String manyInputs = String.join(",", Collections.nCopies(JsonFields.MAX_ENTRIES + 1, "0"));
        refused(
                ModelExecutionException.class,
                json("{'inputs': [" + manyInputs + "], 'layers': [], 'outputs': []}"),
                "\"inputs\" has 65537 entries; at most 65536");
        String deep = "[".repeat(100) + "]".repeat(100);
        refused(ModelExecutionException.class, json("{'inputs': " + deep + "}"), "nesting depth");
    }

    @Test
    void ambiguousOrMalformedFiles() {
        refused(
                ModelExecutionException.class,
                json("{'inputs': [], 'inputs': [], 'layers': []}"),
                "Duplicate field 'inputs'");
        refused(ModelExecutionException.class, json("{'layers': [], 'outputs': []}"), "the file has no \"inputs\"");
        refused(
                ModelExecutionException.class,
                json("{'inputs': [{'name': 'x', 'offset': '0', 'scale': 1}], 'layers': [], 'outputs': ['y']}"),
                "inputs[0], \"offset\" must be a number");
        refused(ModelExecutionException.class, json("{'weights': []}"), "neither \"layers\"");
        refused(ModelExecutionException.class, json("[1, 2]"), "top level is not a JSON object");
    }

    private static void refused(Class<? extends ModelExecutionException> type, byte[] json, String expected) {
        ModelExecutionException e = assertThrows(type, () -> LwtnnRunner.load(json, "net.json"));
        assertTrue(e.getMessage().startsWith("net.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(type, e.getClass());
    }
}
