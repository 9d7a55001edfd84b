package hep.capsule.internal.interpreter.plan;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.INT64;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.interpreter.JavaOnnxRunner;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sizing models before they run, with ONNX's shape rules, and the witness's check of each step while it runs. Sizes are
 * exact: each expected byte count is worked out in the test's comment.
 */
class StaticMemoryCheckTest {
    private static final ModelMemoryBudget TWO_GIB = ModelMemoryBudget.DEFAULT;

    private static Map<String, long[]> batch(long events) {
        return Map.of("input", new long[] {events, 10});
    }

    /**
     * Exporters' shape arithmetic: Shape, Gather, Unsqueeze and Concat give [N, 50000000], which ConstantOfShape fills.
     */
    @Test
    void followsShapeArithmeticFromTheBatchSize() throws Exception {
        byte[] model = new OnnxModelBuilder(11)
                .input("input", FLOAT, -1, 10)
                .output("out", FLOAT, -1, 50_000_000)
                .longs("zero", new long[0], 0)
                .longs("width", new long[] {1}, 50_000_000)
                .node("Shape", List.of("input"), List.of("shape"))
                .node("Gather", List.of("shape", "zero"), List.of("events"))
                .node("Unsqueeze", List.of("events"), List.of("events_1d"), attrInts("axes", 0))
                .node("Concat", List.of("events_1d", "width"), List.of("wide_shape"), attrInt("axis", 0))
                .node("ConstantOfShape", List.of("wide_shape"), List.of("out"))
                .build();

        // 10 events: 10 x 50,000,000 floats = 2,000,000,000 bytes, under 2 GiB (2,147,483,648)
        StaticMemoryCheck.Estimate fits = StaticMemoryCheck.check(model, batch(10), TWO_GIB, "m.onnx");
        assertEquals(Optional.empty(), fits.firstUnsized());
        // at ConstantOfShape: the constants 8 + 8, the input 10 x 10 x 4 = 400, the shape it reads 2 x 8, and its
        // output
        assertEquals(16 + 400 + 16 + 2_000_000_000L, fits.peakBytes());

        ModelMemoryExceededException refused = assertThrows(
                ModelMemoryExceededException.class, () -> StaticMemoryCheck.check(model, batch(11), TWO_GIB, "m.onnx"));
        assertEquals(
                "m.onnx: node ConstantOfShape_4 (ConstantOfShape) would make the tensor 'out' of shape [11, "
                        + "50000000] FLOAT,"
                        + " 2200000000 bytes (2.05 GiB), more than the model memory budget of 2 GiB "
                        + "(--max-model-memory)",
                refused.getMessage());
        assertEquals(2_200_000_000L, refused.neededBytes());
    }

    @Test
    void sizesRangeAndReshape() throws Exception {
        byte[] model = new OnnxModelBuilder(13)
                .input("input", FLOAT, -1, 10)
                .output("out", INT64, 300_000_000)
                .longs("start", new long[0], 0)
                .longs("limit", new long[0], 600_000_000)
                .longs("step", new long[0], 2)
                .longs("flat", new long[] {1}, -1)
                .node("Range", List.of("start", "limit", "step"), List.of("range"))
                .node("Reshape", List.of("range", "flat"), List.of("out"))
                .build();

        // 300,000,000 int64 = 2,400,000,000 bytes
        ModelMemoryExceededException refused = assertThrows(
                ModelMemoryExceededException.class, () -> StaticMemoryCheck.check(model, batch(1), TWO_GIB, "m.onnx"));
        assertTrue(
                refused.getMessage()
                        .contains("(Range) would make the tensor 'range' of shape [300000000] INT64, 2400000000 bytes"),
                refused.getMessage());
        StaticMemoryCheck.Estimate underLargerBudget =
                StaticMemoryCheck.check(model, batch(1), new ModelMemoryBudget(5L << 30), "m.onnx");
        // Reshape's output is a second tensor while Range's is still read: 2 x 2,400,000,000, plus constants 32 and
        // input 40
        assertEquals(4_800_000_072L, underLargerBudget.peakBytes());
    }

    /** Two tensors of 1.2 GB, each under the budget, alive at the same time. */
    @Test
    void refusesThePeakOfTensorsAliveAtOnce() {
        byte[] model = new OnnxModelBuilder(13)
                .input("input", FLOAT, -1, 10)
                .output("sum", FLOAT, 300_000_000)
                .longs("shape", new long[] {1}, 300_000_000)
                .node("ConstantOfShape", List.of("shape"), List.of("a"))
                .node("ConstantOfShape", List.of("shape"), List.of("b"))
                .node("Add", List.of("a", "b"), List.of("sum"))
                .build();

        ModelMemoryExceededException refused = assertThrows(
                ModelMemoryExceededException.class, () -> StaticMemoryCheck.check(model, batch(1), TWO_GIB, "m.onnx"));
        // 2 x 1,200,000,000 + the shape 8 + the input 40
        assertEquals(
                "m.onnx: at node ConstantOfShape_1 (ConstantOfShape) the model would hold 2400000048 bytes "
                        + "(2.24 GiB) of tensors"
                        + " at once, more than the model memory budget of 2 GiB (--max-model-memory)",
                refused.getMessage());
    }

    /** NonZero's output depends on the data: sizing stops there and says so, leaving it to the run-time checks. */
    @Test
    void namesWhatItCannotSize() throws Exception {
        byte[] model = new OnnxModelBuilder(13)
                .input("input", FLOAT, -1, 10)
                .output("positions", INT64, 2, -1)
                .node("NonZero", List.of("input"), List.of("positions"))
                .build();

        StaticMemoryCheck.Estimate estimate = StaticMemoryCheck.check(model, batch(4), TWO_GIB, "m.onnx");

        assertEquals(Optional.of("NonZero_0 (NonZero)"), estimate.firstUnsized());
        assertEquals(160, estimate.peakBytes());
    }

    /**
     * The witness sizes each step from the arrays it holds: a batch of 1000 needs 400 MB for the hidden layer, over 64
     * MiB.
     */
    @Test
    void theWitnessRefusesAStepOverTheBudgetBeforeComputingIt() throws Exception {
        float[] weights = new float[10 * 100_000];
        byte[] model = new OnnxModelBuilder(13)
                .input("input", FLOAT, -1, 10)
                .output("out", FLOAT, -1, 100_000)
                .floats("w", new long[] {10, 100_000}, weights)
                .node("MatMul", List.of("input", "w"), List.of("out"))
                .build();
        ModelMemoryBudget budget = new ModelMemoryBudget(64L << 20);
        try (JavaOnnxRunner witness = JavaOnnxRunner.load(model, "m.onnx", budget)) {
            // 100 events: 40,000,000 bytes, with the weights 4,000,000 and the input 4,000: under 64 MiB
            assertEquals(
                    List.of(100L, 100_000L),
                    List.of(
                            witness.run(Map.of("input", zeros(100))).get("out").shape()[0],
                            witness.run(Map.of("input", zeros(100))).get("out").shape()[1]));

            ModelMemoryExceededException refused =
                    assertThrows(ModelMemoryExceededException.class, () -> witness.run(Map.of("input", zeros(1000))));
            assertEquals(
                    "m.onnx: node MatMul_0 (MatMul) would make the tensor 'out' of shape [1000, 100000] FLOAT,"
                            + " 400000000 bytes (381.47 MiB), more than the model memory budget of 64 MiB "
                            + "(--max-model-memory)",
                    refused.getMessage());
        }
    }

    private static Tensor zeros(int events) {
        return new Tensor(
                ElementType.FLOAT32,
                new long[] {events, 10},
                ByteBuffer.allocate(events * 10 * 4).array());
    }
}
