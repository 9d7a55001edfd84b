package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.RuntimeSettings;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the two published models; the signatures asserted here were read from the files. */
class OnnxRuntimeRunnerTest {

    @Test
    void readsTheHhModelSignature() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            assertEquals(
                    new ModelSignature(
                            List.of(new TensorSpec("input", ElementType.FLOAT32, Arrays.asList(null, 10L))),
                            List.of(new TensorSpec("dense_3", ElementType.FLOAT32, Arrays.asList(null, 1L)))),
                    runner.signature());
        }
    }

    /** The PyTorch 1.7 export fixed the batch axis to 1: the model takes one event per run. */
    @Test
    void readsTheSusyModelSignatureWithItsFixedBatchOfOne() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.SUSY)) {
            assertEquals(
                    new ModelSignature(
                            List.of(new TensorSpec("input.1", ElementType.FLOAT32, List.of(1L, 65L))),
                            List.of(new TensorSpec("39", ElementType.FLOAT32, List.of(1L, 1L)))),
                    runner.signature());
        }
    }

    @Test
    void recordsEveryPinnedSetting() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            RuntimeSettings settings = runner.settings();
            assertEquals("onnxruntime", settings.runtime());
            assertEquals("1.28.0", settings.version());
            Map<String, String> pinned = settings.settings();
            assertEquals("1", pinned.get("intra_op_threads"));
            assertEquals("1", pinned.get("inter_op_threads"));
            assertEquals("SEQUENTIAL", pinned.get("execution_mode"));
            assertEquals("BASIC_OPT", pinned.get("graph_optimization_level"));
            assertEquals("true", pinned.get("deterministic_compute"));
            assertEquals("CPUExecutionProvider", pinned.get("execution_providers"));
            assertEquals("0", pinned.get("session.set_denormal_as_zero"));
        }
    }

    @Test
    void hhOutputsAreProbabilitiesAndRepeatBitForBit() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            Map<String, Tensor> inputs = Map.of("input", TestModels.events(50, 10));
            Tensor first = runner.run(inputs).get("dense_3");
            assertArrayEquals(new long[] {50, 1}, first.shape());
            assertProbabilities(first);
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(
                        first.data(), runner.run(inputs).get("dense_3").data(), "run " + i);
            }
            try (OnnxRuntimeRunner second = TestModels.load(TestModels.HH)) {
                assertArrayEquals(
                        first.data(), second.run(inputs).get("dense_3").data(), "a second session");
            }
        }
    }

    /**
     * Observed with onnxruntime 1.28.0 on x86-64 (one thread, BASIC_OPT): scoring the events one at a time gives the
     * same bits as scoring them as a batch of 7. This is an observation about this model and machine, not a guarantee:
     * GEMM kernels may block differently by batch size.
     */
    @Test
    void hhBatchOfOneEqualsBatchOfSeven() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            Tensor batch = TestModels.events(7, 10);
            float[] together =
                    TestModels.floats(runner.run(Map.of("input", batch)).get("dense_3"));
            for (int row = 0; row < 7; row++) {
                Tensor one = new Tensor(
                        ElementType.FLOAT32,
                        new long[] {1, 10},
                        Arrays.copyOfRange(batch.data(), row * 40, row * 40 + 40));
                float alone = TestModels.floats(runner.run(Map.of("input", one)).get("dense_3"))[0];
                assertEquals(Float.floatToRawIntBits(together[row]), Float.floatToRawIntBits(alone), "row " + row);
            }
        }
    }

    @Test
    void susyOutputIsAProbabilityAndRepeatsBitForBit() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.SUSY)) {
            for (int event = 0; event < 5; event++) {
                Tensor input = new Tensor(
                        ElementType.FLOAT32,
                        new long[] {1, 65},
                        Arrays.copyOfRange(TestModels.events(5, 65).data(), event * 260, event * 260 + 260));
                Tensor output = runner.run(Map.of("input.1", input)).get("39");
                assertArrayEquals(new long[] {1, 1}, output.shape());
                assertProbabilities(output);
                assertArrayEquals(
                        output.data(),
                        runner.run(Map.of("input.1", input)).get("39").data());
            }
        }
    }

    @Test
    void namesTheInputAndWhatItExpects() throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            assertMessage(
                    runner,
                    Map.of("x", TestModels.events(2, 10)),
                    "ANA-HIGP-2024-32_resDNN_model_even.onnx: the model has no input(s) [x]; its inputs are [input]");
            assertMessage(
                    runner,
                    Map.of(),
                    "ANA-HIGP-2024-32_resDNN_model_even.onnx: input 'input' is missing; the model's inputs "
                            + "are [input]");
            assertMessage(
                    runner,
                    Map.of("input", TestModels.events(2, 9)),
                    "ANA-HIGP-2024-32_resDNN_model_even.onnx: input 'input' expects float32[?, 10] but was "
                            + "given float32[2, 9]");
            assertMessage(
                    runner,
                    Map.of("input", new Tensor(ElementType.FLOAT64, new long[] {2, 10}, new byte[160])),
                    "ANA-HIGP-2024-32_resDNN_model_even.onnx: input 'input' expects float32[?, 10] but was "
                            + "given float64[2, 10]");
            assertMessage(
                    runner,
                    Map.of("input", new Tensor(ElementType.FLOAT32, new long[] {20}, new byte[80])),
                    "ANA-HIGP-2024-32_resDNN_model_even.onnx: input 'input' expects float32[?, 10] but was "
                            + "given float32[20]");
        }
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.SUSY)) {
            assertMessage(
                    runner,
                    Map.of("input.1", TestModels.events(7, 65)),
                    "OneLeptonMultiJets2018_4jets.onnx: input 'input.1' expects float32[1, 65] but was "
                            + "given float32[7, 65]");
        }
    }

    /** Capsule's own reader refuses them before onnxruntime sees them (it looks for external data first). */
    @Test
    void refusesBytesThatAreNotAModel() {
        ModelExecutionException e = assertThrows(
                ModelExecutionException.class,
                () -> OnnxRuntimeRunner.load("not a model".getBytes(), "models/broken.onnx"));
        assertTrue(
                e.getMessage().startsWith("models/broken.onnx: not an ONNX model (the protobuf encoding is broken: "),
                e.getMessage());
    }

    private static void assertMessage(ModelRunner runner, Map<String, Tensor> inputs, String message) {
        ModelExecutionException e = assertThrows(ModelExecutionException.class, () -> runner.run(inputs));
        assertEquals(message, e.getMessage());
    }

    private static void assertProbabilities(Tensor output) {
        for (float p : TestModels.floats(output)) {
            assertTrue(p >= 0 && p <= 1, "not a probability: " + p);
        }
    }
}
