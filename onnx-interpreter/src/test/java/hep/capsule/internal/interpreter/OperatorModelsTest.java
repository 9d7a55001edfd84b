package hep.capsule.internal.interpreter;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.BOOL;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.DOUBLE;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.INT64;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloat;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloats;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInts;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrString;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrStrings;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrTensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated single-operator models, run in the interpreter and in onnxruntime. */
class OperatorModelsTest {
    /**
     * Measured with onnxruntime 1.28.0 on x86-64: 0 ULP for the arithmetic, data-movement, comparison and tree
     * operators; 1-2 for Exp, Log, Elu, Tanh, Softmax, MatMul and BatchNormalization; 5 for Sigmoid (onnxruntime
     * approximates it); 8 for Gemm, ReduceSum and ReduceMean, on sums with cancellation that onnxruntime adds in
     * another order.
     */
    static final long ULP_BOUND = 8;

    static final int ROWS = 7;
    static final long N = -1;
    static final int UINT8 = 2;

    record Case(String name, byte[] model, long[] inputShape) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case unary(String op, long opset, OnnxModelBuilder.Message... attributes) {
        return new Case(
                op + "-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .node(op, List.of("x"), List.of("y"), attributes)
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case withWeights(String name, long opset, String op, OnnxModelBuilder.Message... attributes) {
        return new Case(
                name,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .floats("w", new long[] {4}, 0.5f, -1.25f, 2f, 3.5f)
                        .node(op, List.of("x", "w"), List.of("y"), attributes)
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case cube(String name, long opset, OnnxModelBuilder builder) {
        return new Case(name + "-" + opset, builder.build(), new long[] {ROWS, 2, 2});
    }

    private static OnnxModelBuilder cubeModel(long opset, int outType) {
        return new OnnxModelBuilder(opset).input("x", FLOAT, N, 2, 2).output("y", outType);
    }

    static Stream<Case> cases() {
        long[] four = {4};
        return Stream.of(
                withWeights("Add-13", 13, "Add"),
                withWeights("Sub-7", 7, "Sub"),
                withWeights("Mul-14", 14, "Mul"),
                withWeights("Div-13", 13, "Div"),
                unary("Relu", 14),
                unary("Sigmoid", 13),
                unary("Tanh", 13),
                unary("Exp", 13),
                unary("Log", 13),
                unary("LeakyRelu", 16, attrFloat("alpha", 0.1f)),
                unary("Elu", 9, attrFloat("alpha", 0.7f)),
                unary("Identity", 13),
                unary("Flatten", 13),
                unary("Softmax", 11),
                unary("Softmax", 13),
                softmaxAxis1(11),
                softmaxAxis1(13),
                gemm(11),
                new Case(
                        "Gemm-7",
                        new OnnxModelBuilder(7)
                                .input("x", FLOAT, N, 4)
                                .output("y", FLOAT)
                                .floats("w", new long[] {4, 2}, 0.1f, 0.2f, -0.3f, 0.4f, 1.5f, -2.5f, 0.25f, 0.125f)
                                .floats("c", new long[] {1, 2}, 0.1f, -0.2f)
                                .node("Gemm", List.of("x", "w", "c"), List.of("y"))
                                .build(),
                        new long[] {ROWS, 4}),
                matMul(13),
                concat(13),
                unary("Slice", 9, attrInts("starts", 1), attrInts("ends", 3), attrInts("axes", 1)),
                slice(13),
                reshape(14),
                new Case(
                        "Squeeze-11",
                        new OnnxModelBuilder(11)
                                .input("x", FLOAT, N, 1, 4)
                                .output("y", FLOAT)
                                .node("Squeeze", List.of("x"), List.of("y"), attrInts("axes", 1))
                                .build(),
                        new long[] {ROWS, 1, 4}),
                squeeze(13),
                cube(
                        "Unsqueeze",
                        9,
                        cubeModel(9, FLOAT).node("Unsqueeze", List.of("x"), List.of("y"), attrInts("axes", 1))),
                unsqueeze(13),
                transpose(13),
                gather(13),
                constant(13),
                castEqualNot(13),
                new Case(
                        "Greater-Where-16",
                        new OnnxModelBuilder(16)
                                .input("x", FLOAT, N, 4)
                                .output("y", FLOAT)
                                .floats("w", four, 0.5f, -1.25f, 2f, 3.5f)
                                .node("Greater", List.of("x", "w"), List.of("g"))
                                .node("Where", List.of("g", "x", "w"), List.of("y"))
                                .build(),
                        new long[] {ROWS, 4}),
                new Case(
                        "Log-IsNaN-Where-13",
                        new OnnxModelBuilder(13)
                                .input("x", FLOAT, N, 4)
                                .output("y", FLOAT)
                                .floats("w", four, 0.5f, -1.25f, 2f, 3.5f)
                                .node("Log", List.of("x"), List.of("l"))
                                .node("IsNaN", List.of("l"), List.of("m"))
                                .node("Where", List.of("m", "w", "l"), List.of("y"))
                                .build(),
                        new long[] {ROWS, 4}),
                new Case(
                        "Cast-Log-IsNaN-float64-13",
                        new OnnxModelBuilder(13)
                                .input("x", FLOAT, N, 4)
                                .output("y", BOOL)
                                .node("Cast", List.of("x"), List.of("d"), attrInt("to", DOUBLE))
                                .node("Log", List.of("d"), List.of("l"))
                                .node("IsNaN", List.of("l"), List.of("y"))
                                .build(),
                        new long[] {ROWS, 4}),
                unary("ReduceSum", 11, attrInts("axes", 1), attrInt("keepdims", 0)),
                withWeightsAxes("ReduceSum", 13),
                unary("ReduceMean", 13, attrInts("axes", -1)),
                withWeightsAxes("ReduceMean", 18),
                batchNormalization(15),
                unary("Clip", 10, attrFloat("min", -1f), attrFloat("max", 1.5f)),
                clip(13),
                regressor(3),
                classifier(3),
                regressor(4),
                classifier(4),
                unifiedTrees(1),
                unifiedTrees(0));
    }

    /**
     * TreeEnsemble (ai.onnx.ml 5): three trees over 4 features and 3 targets, branch modes LEQ, LT, GTE and NEQ, a
     * missing value tracking true, leaves reached from true and false sides.
     *
     * @param aggregate 0 AVERAGE, 1 SUM
     */
    private static Case unifiedTrees(long aggregate) {
        return new Case(
                "TreeEnsemble-ml5-aggregate" + aggregate, unifiedTreesModel(aggregate, 0), new long[] {ROWS, 4});
    }

    /** @param post the post_transform code (the interpreter accepts only 0, NONE) */
    static byte[] unifiedTreesModel(long aggregate, long post) {
        OnnxModelBuilder.Message modes =
                new OnnxModelBuilder.Message().varint(1, 4).varint(2, UINT8).bytes(9, new byte[] {0, 1, 2, 5});
        return new OnnxModelBuilder(21, 5L)
                .input("x", FLOAT, N, 4)
                .output("y", FLOAT)
                .node(
                        "TreeEnsemble",
                        "ai.onnx.ml",
                        List.of("x"),
                        List.of("y"),
                        attrInts("nodes_featureids", 0, 1, 2, 3),
                        attrTensor("nodes_modes", modes),
                        attrTensor("nodes_splits", OnnxModelBuilder.floatTensor(new long[] {4}, 0.25f, -0.5f, 1f, 0f)),
                        attrInts("nodes_truenodeids", 1, 1, 3, 5),
                        attrInts("nodes_trueleafs", 0, 1, 1, 1),
                        attrInts("nodes_falsenodeids", 0, 2, 4, 6),
                        attrInts("nodes_falseleafs", 1, 1, 1, 1),
                        attrInts("nodes_missing_value_tracks_true", 0, 0, 0, 1),
                        attrInts("leaf_targetids", 0, 1, 2, 0, 1, 2, 0),
                        attrTensor(
                                "leaf_weights",
                                OnnxModelBuilder.floatTensor(
                                        new long[] {7}, 0.7f, -1.3f, 2.1f, 1.1f, -0.8f, 0.45f, 0.3f)),
                        attrInts("tree_roots", 0, 2, 3),
                        attrInt("n_targets", 3),
                        attrInt("aggregate_function", aggregate),
                        attrInt("post_transform", post))
                .build();
    }

    private static Case regressor(long mlOpset) {
        return trees(
                "TreeEnsembleRegressor",
                mlOpset,
                "target",
                attrInt("n_targets", 3),
                attrFloats("base_values", 0.5f, -0.5f, 0.25f));
    }

    private static Case classifier(long mlOpset) {
        return trees(
                "TreeEnsembleClassifier",
                mlOpset,
                "class",
                attrInts("classlabels_int64s", 10, 20, 30),
                attrString("post_transform", "SOFTMAX"));
    }

    /**
     * The operators whose ai.onnx version changed after opset 23 (24 added the float8e8m0 type, 25 the int2 and uint2
     * types; 26 changed none of them), at 24, 25 and 26.
     */
    static Stream<Case> newerTypeOnlyVersions() {
        return LongStream.of(24, 25, 26)
                .boxed()
                .flatMap(opset -> Stream.of(
                        unary("Identity", opset),
                        unary("Flatten", opset),
                        reshape(opset),
                        squeeze(opset),
                        unsqueeze(opset),
                        transpose(opset),
                        constant(opset),
                        castEqualNot(opset)));
    }

    /** Every other operator at ai.onnx 26, the newest opset onnxruntime 1.28 accepts. */
    static Stream<Case> newestOpset() {
        long opset = 26;
        return Stream.of(
                withWeights("Add-26", opset, "Add"),
                withWeights("Sub-26", opset, "Sub"),
                withWeights("Mul-26", opset, "Mul"),
                withWeights("Div-26", opset, "Div"),
                unary("Relu", opset),
                unary("Sigmoid", opset),
                unary("Tanh", opset),
                unary("Exp", opset),
                unary("Log", opset),
                unary("LeakyRelu", opset, attrFloat("alpha", 0.1f)),
                unary("Elu", opset, attrFloat("alpha", 0.7f)),
                softmaxAxis1(opset),
                gemm(opset),
                matMul(opset),
                concat(opset),
                slice(opset),
                gather(opset),
                new Case(
                        "Greater-Less-Where-26",
                        new OnnxModelBuilder(opset)
                                .input("x", FLOAT, N, 4)
                                .output("y", FLOAT)
                                .floats("w", new long[] {4}, 0.5f, -1.25f, 2f, 3.5f)
                                .node("Greater", List.of("x", "w"), List.of("g"))
                                .node("Less", List.of("x", "w"), List.of("l"))
                                .node("Where", List.of("g", "x", "w"), List.of("m"))
                                .node("Cast", List.of("l"), List.of("lf"), attrInt("to", FLOAT))
                                .node("Add", List.of("m", "lf"), List.of("y"))
                                .build(),
                        new long[] {ROWS, 4}),
                withWeightsAxes("ReduceSum", opset),
                withWeightsAxes("ReduceMean", opset),
                batchNormalization(opset),
                clip(opset));
    }

    private static Case softmaxAxis1(long opset) {
        return cube(
                "Softmax-axis1",
                opset,
                cubeModel(opset, FLOAT).node("Softmax", List.of("x"), List.of("y"), attrInt("axis", 1)));
    }

    /** Transposed weights, alpha, beta and a bias broadcast over the rows. */
    private static Case gemm(long opset) {
        return new Case(
                "Gemm-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .floats(
                                "w",
                                new long[] {3, 4},
                                0.1f,
                                0.2f,
                                -0.3f,
                                0.4f,
                                1.5f,
                                -2.5f,
                                0.25f,
                                0.125f,
                                3f,
                                1f,
                                -1f,
                                0.5f)
                        .floats("c", new long[] {3}, 0.1f, -0.2f, 0.3f)
                        .node(
                                "Gemm",
                                List.of("x", "w", "c"),
                                List.of("y"),
                                attrFloat("alpha", 0.5f),
                                attrFloat("beta", 2f),
                                attrInt("transB", 1))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case matMul(long opset) {
        return new Case(
                "MatMul-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .floats("w", new long[] {4, 2}, 0.1f, 0.2f, -0.3f, 0.4f, 1.5f, -2.5f, 0.25f, 0.125f)
                        .node("MatMul", List.of("x", "w"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case concat(long opset) {
        return new Case(
                "Concat-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .node("Concat", List.of("x", "x"), List.of("y"), attrInt("axis", -1))
                        .build(),
                new long[] {ROWS, 4});
    }

    /** Starts, ends, axes and a negative step as inputs, as from opset 10. */
    private static Case slice(long opset) {
        return new Case(
                "Slice-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .longs("s", new long[] {1}, 3)
                        .longs("e", new long[] {1}, -10)
                        .longs("a", new long[] {1}, 1)
                        .longs("st", new long[] {1}, -2)
                        .node("Slice", List.of("x", "s", "e", "a", "st"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case gather(long opset) {
        return new Case(
                "Gather-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .longs("i", new long[] {3}, 3, -1, 0)
                        .node("Gather", List.of("x", "i"), List.of("y"), attrInt("axis", 1))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case batchNormalization(long opset) {
        return cube(
                "BatchNormalization",
                opset,
                cubeModel(opset, FLOAT)
                        .floats("sc", new long[] {2}, 1.5f, 0.5f)
                        .floats("b", new long[] {2}, 0.1f, -0.2f)
                        .floats("m", new long[] {2}, 0.3f, -0.1f)
                        .floats("v", new long[] {2}, 2f, 0.7f)
                        .node("BatchNormalization", List.of("x", "sc", "b", "m", "v"), List.of("y")));
    }

    /** Bounds as scalar inputs, as from opset 11. */
    private static Case clip(long opset) {
        return new Case(
                "Clip-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .floats("lo", new long[0], -0.5f)
                        .floats("hi", new long[0], 2f)
                        .node("Clip", List.of("x", "lo", "hi"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case reshape(long opset) {
        return new Case(
                "Reshape-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .longs("shape", new long[] {3}, 0, -1, 2)
                        .node("Reshape", List.of("x", "shape"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    /** Axes as an input, as from opset 13. */
    private static Case squeeze(long opset) {
        return new Case(
                "Squeeze-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 1, 4)
                        .output("y", FLOAT)
                        .longs("a", new long[] {1}, -2)
                        .node("Squeeze", List.of("x", "a"), List.of("y"))
                        .build(),
                new long[] {ROWS, 1, 4});
    }

    /** Axes as an input, as from opset 13. */
    private static Case unsqueeze(long opset) {
        return cube(
                "Unsqueeze",
                opset,
                cubeModel(opset, FLOAT)
                        .longs("a", new long[] {1}, -1)
                        .node("Unsqueeze", List.of("x", "a"), List.of("y")));
    }

    private static Case transpose(long opset) {
        return cube(
                "Transpose",
                opset,
                cubeModel(opset, FLOAT).node("Transpose", List.of("x"), List.of("y"), attrInts("perm", 0, 2, 1)));
    }

    private static Case constant(long opset) {
        return new Case(
                "Constant-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .node(
                                "Constant",
                                List.of(),
                                List.of("k"),
                                attrTensor("value", OnnxModelBuilder.floatTensor(new long[] {4}, 1f, 2f, 3f, 4f)))
                        .node("Add", List.of("x", "k"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case castEqualNot(long opset) {
        return new Case(
                "Cast-Equal-Not-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", BOOL)
                        .longs("k", new long[] {4}, 0, 1, -1, 2)
                        .node("Cast", List.of("x"), List.of("i"), attrInt("to", INT64))
                        .node("Equal", List.of("i", "k"), List.of("e"))
                        .node("Not", List.of("e"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    private static Case withWeightsAxes(String op, long opset) {
        return new Case(
                op + "-" + opset,
                new OnnxModelBuilder(opset)
                        .input("x", FLOAT, N, 4)
                        .output("y", FLOAT)
                        .longs("a", new long[] {1}, 1)
                        .node(op, List.of("x", "a"), List.of("y"))
                        .build(),
                new long[] {ROWS, 4});
    }

    /**
     * Two trees over 4 features; every leaf gives a weight to each of three targets (or classes), the layout converters
     * emit. (Where a reached leaf has no weight for a target, onnxruntime leaves that target at 0 without its base
     * value; the interpreter does not copy this.)
     */
    private static Case trees(String op, long mlOpset, String prefix, OnnxModelBuilder.Message... extra) {
        OnnxModelBuilder.Message[] attributes = Stream.concat(
                        Stream.of(
                                attrInts("nodes_treeids", 0, 0, 0, 0, 0, 1, 1, 1),
                                attrInts("nodes_nodeids", 0, 1, 2, 3, 4, 0, 1, 2),
                                attrInts("nodes_featureids", 0, 1, 0, 0, 0, 2, 0, 0),
                                attrFloats("nodes_values", 0.25f, -0.5f, 0f, 0f, 0f, 1f, 0f, 0f),
                                attrStrings(
                                        "nodes_modes",
                                        "BRANCH_LEQ",
                                        "BRANCH_LT",
                                        "LEAF",
                                        "LEAF",
                                        "LEAF",
                                        "BRANCH_GT",
                                        "LEAF",
                                        "LEAF"),
                                attrInts("nodes_truenodeids", 1, 3, 0, 0, 0, 1, 0, 0),
                                attrInts("nodes_falsenodeids", 2, 4, 0, 0, 0, 2, 0, 0),
                                attrInts(prefix + "_treeids", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1),
                                attrInts(prefix + "_nodeids", 2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1, 2, 2, 2),
                                attrInts(prefix + "_ids", 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2),
                                attrFloats(
                                        prefix + "_weights",
                                        0.7f,
                                        -1.3f,
                                        0.2f,
                                        2.1f,
                                        0.9f,
                                        -0.4f,
                                        0.05f,
                                        0.3f,
                                        -0.6f,
                                        1.1f,
                                        -0.2f,
                                        0.45f,
                                        -0.8f,
                                        0.15f,
                                        0.6f)),
                        Stream.of(extra))
                .toArray(OnnxModelBuilder.Message[]::new);
        OnnxModelBuilder builder = new OnnxModelBuilder(13, mlOpset).input("x", FLOAT, N, 4);
        if (op.equals("TreeEnsembleClassifier")) {
            builder.output("label", INT64)
                    .output("y", FLOAT)
                    .node(op, "ai.onnx.ml", List.of("x"), List.of("label", "y"), attributes);
        } else {
            builder.output("y", FLOAT).node(op, "ai.onnx.ml", List.of("x"), List.of("y"), attributes);
        }
        return new Case(op + "-ml" + mlOpset, builder.build(), new long[] {ROWS, 4});
    }

    static Tensor input(long[] shape) {
        int count = (int) Tensor.elementCount(shape);
        ByteBuffer data = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            data.putFloat((float) (Math.sin(1.3 * i + 0.1) * 2.5));
        }
        return new Tensor(ElementType.FLOAT32, shape, data.array());
    }

    @ParameterizedTest
    @MethodSource({"cases", "newerTypeOnlyVersions", "newestOpset"})
    void agreesWithOnnxRuntime(Case c) throws Exception {
        Map<String, Tensor> feeds = Map.of("x", input(c.inputShape()));
        try (ModelRunner java = JavaOnnxRunner.load(c.model(), c.name());
                ModelRunner ort = OnnxRuntimeRunner.load(c.model(), c.name())) {
            Map<String, Tensor> ours = java.run(feeds);
            Map<String, Tensor> theirs = ort.run(feeds);
            assertEquals(theirs.keySet(), ours.keySet());
            long max = 0;
            for (String name : theirs.keySet()) {
                Tensor a = ours.get(name);
                Tensor b = theirs.get(name);
                assertArrayEquals(b.shape(), a.shape(), c + " " + name);
                assertEquals(b.type(), a.type(), c + " " + name);
                if (a.type() == ElementType.FLOAT32) {
                    float[] x = TestData.floats(a);
                    float[] y = TestData.floats(b);
                    for (int i = 0; i < x.length; i++) {
                        max = Math.max(max, TestData.ulps(x[i], y[i]));
                    }
                } else {
                    assertArrayEquals(b.data(), a.data(), c + " " + name);
                }
            }
            System.out.println(c + ": max ULP distance to onnxruntime " + max);
            assertTrue(max <= ULP_BOUND, c + ": " + max + " ULP");
        }
    }
}
