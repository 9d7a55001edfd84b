package hep.capsule.internal.runner.lwtnn;

import static hep.capsule.internal.runner.lwtnn.LwtnnJson.GRAPH;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.NORMALIZATION;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.SEQUENTIAL;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.SOFTMAX;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.activation;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.json;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.oneInput;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.rows;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.run;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.runSequential;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known answers worked out on paper. Answers that are exact in binary are compared exactly; the few that go through exp
 * or tanh (ln 2, ln 3 as inputs) are compared to 1e-15.
 */
class LwtnnRunnerTest {

    private static final double LN2 = Math.log(2);
    private static final double LN3 = Math.log(3);
    private static final double NAN = Double.NaN;

    @Test
    void sequentialDenseLayerAfterOffsetAndScale() throws Exception {
        // a = 3 -> 2, b = 2.5 -> 1; y0 = 1*2 + 2*1 + 0.5 = 4.5, y1 = -1*2 + 0.5*1 - 1 = -2.5.
        assertArrayEquals(new double[] {4.5, -2.5}, runSequential(SEQUENTIAL, 2, 3, 2.5));
    }

    @Test
    void nanInputsTakeTheDefaultBeforeOffsetAndScale() throws Exception {
        // a = NaN -> default 7 -> (7 + 1) * 0.5 = 4, b = 2.5 -> 1: y0 = 4 + 2 + 0.5, y1 = -4 + 0.5 - 1.
        assertArrayEquals(new double[] {6.5, -4.5}, runSequential(SEQUENTIAL, 2, NAN, 2.5));
        // b has no default: its NaN reaches both outputs.
        assertArrayEquals(new double[] {NAN, NAN}, runSequential(SEQUENTIAL, 2, 3, NAN));
    }

    @Test
    void perVariableDefaultsWhenTheFileHasNoDefaultsObject() throws Exception {
        byte[] file = json("{'inputs': [{'name': 'x', 'offset': 0, 'scale': 2, 'default': -3}],"
                + " 'layers': [{'architecture': 'dense', 'weights': [], 'bias': [], 'activation': "
                + "'linear'}], 'outputs': ['y']}");
        assertArrayEquals(new double[] {-6, 5}, runSequential(file, 1, NAN, 2.5));
    }

    @Test
    void eventsAreIndependent() throws Exception {
        assertArrayEquals(new double[] {4.5, -2.5, 6.5, -4.5}, runSequential(SEQUENTIAL, 2, 3, 2.5, NAN, 2.5));
    }

    @Test
    void rectified() throws Exception {
        assertArrayEquals(new double[] {0, 3, 0, NAN}, runSequential(activation("'rectified'"), 1, -2, 3, 0, NAN));
    }

    @Test
    void sigmoidIsCutAtThirty() throws Exception {
        assertArrayEquals(new double[] {0.5, 0, 1}, runSequential(activation("'sigmoid'"), 1, 0, -31, 31));
        // 1 / (1 + exp(-ln 3)) = 1 / (1 + 1/3) = 0.75
        assertEquals(0.75, runSequential(activation("'sigmoid'"), 1, LN3)[0], 1e-15);
    }

    @Test
    void hardSigmoid() throws Exception {
        // 0.2 x + 0.5 clipped to [0, 1]: x = -5 gives -0.5 -> 0, x = 5 gives 1.5 -> 1.
        assertArrayEquals(
                new double[] {0, 0.5, 0.2 * 1 + 0.5, 1}, runSequential(activation("'hard_sigmoid'"), 1, -5, 0, 1, 5));
    }

    @Test
    void tanh() throws Exception {
        // tanh(ln 2) = (4 - 1) / (4 + 1)
        double[] out = runSequential(activation("'tanh'"), 1, 0, LN2, -LN2);
        assertEquals(0, out[0]);
        assertEquals(0.6, out[1], 1e-15);
        assertEquals(-0.6, out[2], 1e-15);
    }

    @Test
    void eluWithoutAlphaHasAlphaOneAndWithAlphaScalesTheNegativeSide() throws Exception {
        double[] bare = runSequential(activation("'elu'"), 1, 2, 0, -LN2);
        assertEquals(2, bare[0]);
        assertEquals(0, bare[1]);
        assertEquals(-0.5, bare[2], 1e-15); // exp(-ln 2) - 1
        double[] scaled = runSequential(activation("{'function': 'elu', 'alpha': 4}"), 1, 3, -LN2);
        assertEquals(3, scaled[0]);
        assertEquals(-2, scaled[1], 1e-15);
    }

    @Test
    void leakyRelu() throws Exception {
        assertArrayEquals(
                new double[] {-1, 3, 0},
                runSequential(activation("{'function': 'leakyrelu', 'alpha': 0.25}"), 1, -4, 3, 0));
    }

    @Test
    void linearIsTheDefaultActivation() throws Exception {
        byte[] file = oneInput("{'architecture': 'dense', 'weights': [-2], 'bias': [0.5]}", "'y'");
        assertArrayEquals(new double[] {-5.5}, runSequential(file, 1, 3));
    }

    @Test
    void softmaxSubtractsTheLargestValue() throws Exception {
        byte[] file = SOFTMAX;
        double[] out = runSequential(file, 2, 0, LN3, 1000, 1000);
        // exp(0) : exp(ln 3) = 1 : 3
        assertEquals(0.25, out[0], 1e-15);
        assertEquals(0.75, out[1], 1e-15);
        // exp(1000) overflows, exp(1000 - 1000) does not.
        assertEquals(0.5, out[2]);
        assertEquals(0.5, out[3]);
    }

    @Test
    void normalization() throws Exception {
        byte[] file = NORMALIZATION;
        // W * (x + b): 2 * (1 + 1) = 4, 0.5 * (8 - 4) = 2
        assertArrayEquals(new double[] {4, 2}, runSequential(file, 2, 1, 8));
    }

    @Test
    void stackedLayers() throws Exception {
        byte[] file = oneInput(
                "{'architecture': 'dense', 'weights': [1, -1], 'bias': [0, 0], 'activation': 'rectified'},"
                        + " {'architecture': 'dense', 'weights': [1, 1], 'bias': [0.25], 'activation': 'linear'}",
                "'y'");
        // x = -3: relu(-3, 3) = (0, 3) -> 0 + 3 + 0.25
        assertArrayEquals(new double[] {3.25, 2.25}, runSequential(file, 1, -3, 2));
    }

    @Test
    void graphWithConcatenateAndTwoOutputs() throws Exception {
        Map<String, Tensor> out = run(GRAPH, Map.of("jet", rows(2, 4, -3, 10, -3), "lep", rows(1, 2, -1)));
        assertEquals(List.of("score", "hidden"), List.copyOf(out.keySet()));
        // event 0: pt' = 2, relu(2 - 3) = 0, [0, 2] -> (0, -2); event 1: pt' = 5, relu(2) = 2, [2, -1] -> (2, 1)
        assertArrayEquals(new double[] {0, -2, 2, 1}, values(out.get("score")));
        assertArrayEquals(new double[] {0, 2}, values(out.get("hidden")));
    }

    @Test
    void graphNanInputsTakeTheVariableDefault() throws Exception {
        Map<String, Tensor> out = run(GRAPH, Map.of("jet", rows(2, NAN, -3), "lep", rows(1, 2)));
        // pt = NaN -> 10 -> 5; relu(5 - 3) = 2; [2, 2] -> (2, -2)
        assertArrayEquals(new double[] {2, -2}, values(out.get("score")));
    }
}
