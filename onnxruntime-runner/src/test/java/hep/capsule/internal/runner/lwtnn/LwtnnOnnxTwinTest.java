package hep.capsule.internal.runner.lwtnn;

import static hep.capsule.internal.runner.lwtnn.LwtnnJson.GRAPH;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.NORMALIZATION;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.SEQUENTIAL;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.SOFTMAX;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.activation;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.oneInput;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.rows;
import static hep.capsule.internal.runner.lwtnn.LwtnnJson.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.OnnxTwins;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ONNX twins of small lwtnn files written by hand, run by onnxruntime, give the answers worked out on paper (the
 * same as {@code LwtnnRunnerTest}'s for the evaluator): to float32 rounding, and exactly where float32 holds the answer
 * exactly.
 */
class LwtnnOnnxTwinTest {

    private static final double FLOAT32 = 1e-6;
    private static final double NAN = Double.NaN;

    @Test
    void twinHasTheEvaluatorsInterface() throws Exception {
        try (ModelRunner twin =
                        OnnxRuntimeRunner.load(OnnxTwins.of(ModelFormat.LWTNN_JSON, GRAPH, "net.json"), "net.onnx");
                LwtnnRunner original = LwtnnRunner.load(GRAPH, "net.json")) {
            assertEquals(original.signature(), twin.signature());
        }
    }

    @Test
    void offsetScaleAndNanDefaultsInFloat64BeforeTheDenseLayer() throws Exception {
        // a = 3 -> 2, b = 2.5 -> 1: (4.5, -2.5); a = NaN -> default 7 -> 4: (6.5, -4.5); b = NaN has no default: NaN.
        assertArrayEquals(
                new double[] {4.5, -2.5, 6.5, -4.5, NAN, NAN},
                runSequentialTwin(SEQUENTIAL, 2, 3, 2.5, NAN, 2.5, 3, NAN));
    }

    @Test
    void graphWithConcatenateTwoOutputsAndADefault() throws Exception {
        Map<String, Tensor> out =
                runTwin(GRAPH, Map.of("jet", rows(2, 4, -3, 10, -3, NAN, -3), "lep", rows(1, 2, -1, 2)));
        assertEquals(List.of("score", "hidden"), List.copyOf(out.keySet()));
        // pt' = 2, 5, and 5 from the default 10: relu(pt' - 3) = 0, 2, 2; [h, q] -> (h, -q)
        assertArrayEquals(new double[] {0, -2, 2, 1, 2, -2}, values(out.get("score")));
        assertArrayEquals(new double[] {0, 2, 2}, values(out.get("hidden")));
    }

    @Test
    void rectifiedLinearAndLeakyRelu() throws Exception {
        assertArrayEquals(new double[] {0, 3, 0, NAN}, runSequentialTwin(activation("'rectified'"), 1, -2, 3, 0, NAN));
        assertArrayEquals(new double[] {-2, 3, 0}, runSequentialTwin(activation("'linear'"), 1, -2, 3, 0));
        assertArrayEquals(
                new double[] {-1, 3, 0},
                runSequentialTwin(activation("{'function': 'leakyrelu', 'alpha': 0.25}"), 1, -4, 3, 0));
    }

    @Test
    void sigmoidTanhAndHardSigmoid() throws Exception {
        double ln3 = Math.log(3);
        double[] sigmoid = runSequentialTwin(activation("'sigmoid'"), 1, 0, ln3, -31, 31);
        assertArrayEquals(new double[] {0.5, 0.75, 0, 1}, sigmoid, FLOAT32);
        assertArrayEquals(
                new double[] {0, 0.6, -0.6},
                runSequentialTwin(activation("'tanh'"), 1, 0, Math.log(2), -Math.log(2)),
                FLOAT32);
        // 0.2 x + 0.5 clipped to [0, 1]
        assertArrayEquals(
                new double[] {0, 0.5, 0.7, 1},
                runSequentialTwin(activation("'hard_sigmoid'"), 1, -5, 0, 1, 5),
                FLOAT32);
    }

    @Test
    void eluWithAndWithoutAlpha() throws Exception {
        assertArrayEquals(
                new double[] {2, 0, -0.5}, runSequentialTwin(activation("'elu'"), 1, 2, 0, -Math.log(2)), FLOAT32);
        assertArrayEquals(
                new double[] {3, -2},
                runSequentialTwin(activation("{'function': 'elu', 'alpha': 4}"), 1, 3, -Math.log(2)),
                FLOAT32);
    }

    @Test
    void softmaxOfALayerWithoutWeights() throws Exception {
        byte[] file = SOFTMAX;
        assertArrayEquals(
                new double[] {0.25, 0.75, 0.5, 0.5}, runSequentialTwin(file, 2, 0, Math.log(3), 1000, 1000), FLOAT32);
    }

    @Test
    void normalizationStackedLayersAndABiasWithoutWeights() throws Exception {
        byte[] norm = NORMALIZATION;
        assertArrayEquals(new double[] {4, 2}, runSequentialTwin(norm, 2, 1, 8));
        byte[] stacked = oneInput(
                "{'architecture': 'dense', 'weights': [1, -1], 'bias': [0, 0], 'activation': 'rectified'},"
                        + " {'architecture': 'dense', 'weights': [1, 1], 'bias': [0.25], 'activation': 'linear'},"
                        + " {'architecture': 'dense', 'weights': [], 'bias': [-1], 'activation': 'linear'},"
                        + " {'architecture': 'dense', 'weights': [4], 'bias': [], 'activation': 'linear'}",
                "'y'");
        // x = -3: relu(-3, 3) = (0, 3) -> 3.25 -> 2.25 -> 9
        assertArrayEquals(new double[] {9, 5}, runSequentialTwin(stacked, 1, -3, 2));
    }

    @Test
    void everyValueIsTheEvaluatorsToFloat32Rounding() throws Exception {
        double[] events = {3, 2.5, NAN, 2.5, -1.25, 0.75, 1e3, -1e3};
        double[] original = LwtnnJson.runSequential(SEQUENTIAL, 2, events);
        double[] twin = runSequentialTwin(SEQUENTIAL, 2, events);
        for (int i = 0; i < twin.length; i++) {
            assertEquals(
                    original[i],
                    twin[i],
                    FLOAT32 * (1 + Math.abs(original[i])),
                    "element " + i + " of " + Arrays.toString(twin));
        }
    }

    /** Runs the file's ONNX twin in onnxruntime. */
    private static Map<String, Tensor> runTwin(byte[] json, Map<String, Tensor> inputs) throws ModelExecutionException {
        try (ModelRunner runner =
                OnnxRuntimeRunner.load(OnnxTwins.of(ModelFormat.LWTNN_JSON, json, "net.json"), "net.onnx")) {
            return new LinkedHashMap<>(runner.run(inputs));
        }
    }

    /** As {@link LwtnnJson#runSequential}, with the file's ONNX twin in onnxruntime. */
    private static double[] runSequentialTwin(byte[] json, int width, double... events) throws ModelExecutionException {
        return values(runTwin(json, Map.of(LwtnnFile.SEQUENTIAL_INPUT, rows(width, events)))
                .get(LwtnnFile.SEQUENTIAL_OUTPUT));
    }
}
