package hep.capsule.internal.interpreter;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.INT32;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloats;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInts;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrStrings;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrTensor;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Models the interpreter cannot run are refused when loaded, naming the operator and opset. */
class RefusalTest {
    static final int INT4 = 22;
    static final int FLOAT8E8M0 = 24;
    static final int UINT2 = 25;
    static final int INT2 = 26;
    static final int UINT8 = 2;
    static final int INT8 = 3;

    private static String refusal(byte[] model) {
        return assertThrows(UnsupportedOperatorException.class, () -> JavaOnnxRunner.load(model, "m.onnx"))
                .getMessage();
    }

    private static void assertContains(String expected, String message) {
        assertTrue(message.contains(expected), message);
    }

    @Test
    void anUnknownOperatorIsRefusedWithItsNameAndOpset() {
        byte[] model = new OnnxModelBuilder(13)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("HardSwish", List.of("x"), List.of("y"))
                .build();
        assertContains("m.onnx: node HardSwish_0 uses operator HardSwish, ai.onnx opset 13", refusal(model));
    }

    @Test
    void anOperatorAbsentFromTheModelsOpsetIsRefused() {
        byte[] model = new OnnxModelBuilder(8)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("Where", List.of("x", "x", "x"), List.of("y"))
                .build();
        assertContains("Where, ai.onnx opset 8", refusal(model));
    }

    /** onnxruntime 1.28 refuses these opsets too, as "under development". */
    @Test
    void anOpsetNewerThanOnnxRuntimeAcceptsIsRefused() {
        byte[] model = new OnnxModelBuilder(27)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("Relu", List.of("x"), List.of("y"))
                .build();
        assertContains(
                "Relu of domain ai.onnx at opset 27; the interpreter supports ai.onnx opsets 7 to 26", refusal(model));
        assertThrows(
                ModelExecutionException.class,
                () -> OnnxRuntimeRunner.load(model, "m.onnx").close());
        byte[] ml = trees("TreeEnsembleRegressor", 6);
        assertContains(
                "TreeEnsembleRegressor of domain ai.onnx.ml at opset 6; the interpreter supports ai.onnx.ml "
                        + "opsets 1 to 5",
                refusal(ml));
        assertThrows(
                ModelExecutionException.class,
                () -> OnnxRuntimeRunner.load(ml, "m.onnx").close());
    }

    /** ai.onnx.ml 5 dropped both tree operators for TreeEnsemble; onnxruntime 1.28 refuses them there too. */
    @ParameterizedTest
    @ValueSource(strings = {"TreeEnsembleRegressor", "TreeEnsembleClassifier"})
    void treeOperatorsRemovedAtMlOpset5AreRefused(String op) {
        byte[] model = trees(op, 5);
        assertContains(
                "node " + op + "_0 (" + op + ", ai.onnx.ml opset 5): ai.onnx.ml opset 5 removed this operator in "
                        + "favour of TreeEnsemble (onnxruntime refuses the old operator at that opset too); "
                        + "export the model with "
                        + "TreeEnsemble, or with ai.onnx.ml opset 4 or lower",
                refusal(model));
        assertThrows(
                ModelExecutionException.class,
                () -> OnnxRuntimeRunner.load(model, "m.onnx").close());
    }

    /** The specification and onnxruntime 1.28 disagree on what codes 1 and 2 mean. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void treeEnsembleWithAPostTransformIsRefused(long post) {
        assertContains(
                "node TreeEnsemble_0 (TreeEnsemble, ai.onnx.ml opset 5): post_transform " + post + " is not supported",
                refusal(OperatorModelsTest.unifiedTreesModel(1, post)));
    }

    @Test
    void treeEnsembleMinAggregateIsRefused() {
        assertContains(
                "(TreeEnsemble, ai.onnx.ml opset 5): aggregate_function MIN is not supported",
                refusal(OperatorModelsTest.unifiedTreesModel(2, 0)));
    }

    @Test
    void aBadAttributeIsRefusedBeforeRunning() {
        byte[] model = new OnnxModelBuilder(13)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("Concat", List.of("x", "x"), List.of("y"))
                .build();
        assertContains("(Concat, ai.onnx opset 13): the required attribute 'axis' is missing", refusal(model));
    }

    /** Opsets 24 and 25 added these types to Cast; the interpreter refuses them, naming the type. */
    @Test
    void aCastToATypeAddedAfterOpset23IsRefusedWithTheType() {
        byte[] e8m0 = new OnnxModelBuilder(24)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT8E8M0)
                .node("Cast", List.of("x"), List.of("y"), attrInt("to", FLOAT8E8M0))
                .build();
        assertContains(
                "node Cast_0 (Cast, ai.onnx opset 24) writes 'y', which has element type FLOAT8E8M0; "
                        + "the interpreter supports float16, float, double, int8, int16, int32, int64, "
                        + "uint8, uint16, uint32, uint64 and bool",
                refusal(e8m0));
        byte[] int2 = new OnnxModelBuilder(25)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("Cast", List.of("x"), List.of("i"), attrInt("to", INT2))
                .node("Cast", List.of("i"), List.of("y"), attrInt("to", FLOAT))
                .build();
        assertContains("(Cast, ai.onnx opset 25): casting to INT2 is not supported", refusal(int2));
    }

    @Test
    void aGraphInputOfAnUnsupportedTypeIsRefusedNamingTheOperatorThatReadsIt() {
        byte[] model = new OnnxModelBuilder(25)
                .input("x", UINT2, -1, 4)
                .output("y", UINT2)
                .node("Identity", List.of("x"), List.of("y"))
                .build();
        assertContains(
                "m.onnx: node Identity_0 (Identity, ai.onnx opset 25) reads 'x', which has element type UINT2",
                refusal(model));
    }

    @Test
    void anInitializerOfAnUnsupportedTypeIsRefusedNamingTheOperatorThatReadsIt() {
        OnnxModelBuilder.Message int4 =
                new OnnxModelBuilder.Message().varint(1, 4).varint(2, INT4).bytes(9, new byte[2]);
        byte[] model = new OnnxModelBuilder(24)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .initializer("k", int4)
                .node("Cast", List.of("k"), List.of("f"), attrInt("to", FLOAT))
                .node("Add", List.of("x", "f"), List.of("y"))
                .build();
        assertContains("node Cast_0 (Cast, ai.onnx opset 24) reads 'k', which has element type INT4", refusal(model));
    }

    @Test
    void aConstantOfAnUnsupportedTypeIsRefusedNamingItsOpset() {
        OnnxModelBuilder.Message int4 =
                new OnnxModelBuilder.Message().varint(1, 4).varint(2, INT4).bytes(9, new byte[2]);
        byte[] model = new OnnxModelBuilder(25)
                .input("x", FLOAT, -1, 4)
                .output("y", FLOAT)
                .node("Constant", List.of(), List.of("k"), attrTensor("value", int4))
                .node("Cast", List.of("k"), List.of("f"), attrInt("to", FLOAT))
                .node("Add", List.of("x", "f"), List.of("y"))
                .build();
        assertContains(
                "node Constant_0 (Constant, ai.onnx opset 25): attribute 'value' is a tensor that has "
                        + "element type INT4",
                refusal(model));
    }

    /** An operator ONNX does not define for a type is refused when the model loads, naming node, input and type. */
    @Test
    void anOperatorGivenATypeItIsNotDefinedForIsRefusedBeforeRunning() {
        byte[] relu = new OnnxModelBuilder(14)
                .input("x", UINT8, -1, 4)
                .output("y", UINT8)
                .node("Relu", List.of("x"), List.of("y"))
                .build();
        assertContains(
                "m.onnx: node Relu_0 (Relu, ai.onnx opset 14) reads 'x' of type uint8; the interpreter "
                        + "computes Relu on " + "float16, float32, float64, int8, int16, int32 and int64",
                refusal(relu));
        byte[] sum = new OnnxModelBuilder(13)
                .input("x", FLOAT, -1, 4)
                .output("y", INT8)
                .node("Cast", List.of("x"), List.of("c"), attrInt("to", INT8))
                .node("ReduceSum", List.of("c"), List.of("y"))
                .build();
        assertContains("node ReduceSum_1 (ReduceSum, ai.onnx opset 13) reads 'c' of type int8", refusal(sum));
        byte[] gemm = new OnnxModelBuilder(13)
                .input("x", INT32, -1, 4)
                .output("y", INT32)
                .longs("w", new long[] {4, 1}, 1, 2, 3, 4)
                .node("Cast", List.of("w"), List.of("w32"), attrInt("to", INT32))
                .node("Gemm", List.of("x", "w32"), List.of("y"))
                .build();
        assertContains("reads 'x' of type int32; the interpreter computes Gemm on float16 and float32", refusal(gemm));
    }

    @Test
    void aGraphInputOfAnUnsupportedTypeThatNoNodeReadsIsRefused() {
        byte[] model = new OnnxModelBuilder(25)
                .input("x", FLOAT, -1, 4)
                .input("unused", INT2, 4)
                .output("y", FLOAT)
                .node("Relu", List.of("x"), List.of("y"))
                .build();
        assertContains("m.onnx: 'unused', which no node reads, has element type INT2", refusal(model));
    }

    /** One tree, one leaf: enough for the operator to be resolved. */
    private static byte[] trees(String op, long mlOpset) {
        String prefix = op.equals("TreeEnsembleClassifier") ? "class" : "target";
        OnnxModelBuilder builder =
                new OnnxModelBuilder(13, mlOpset).input("x", FLOAT, -1, 4).output("y", FLOAT);
        OnnxModelBuilder.Message[] attributes = {
            attrInts("nodes_treeids", 0),
            attrInts("nodes_nodeids", 0),
            attrInts("nodes_featureids", 0),
            attrFloats("nodes_values", 0f),
            attrStrings("nodes_modes", "LEAF"),
            attrInts("nodes_truenodeids", 0),
            attrInts("nodes_falsenodeids", 0),
            attrInts(prefix + "_treeids", 0),
            attrInts(prefix + "_nodeids", 0),
            attrInts(prefix + "_ids", 0),
            attrFloats(prefix + "_weights", 1f),
            op.equals("TreeEnsembleClassifier") ? attrInts("classlabels_int64s", 1) : attrInt("n_targets", 1)
        };
        if (op.equals("TreeEnsembleClassifier")) {
            builder.output("label", OnnxModelBuilder.INT64)
                    .node(op, "ai.onnx.ml", List.of("x"), List.of("label", "y"), attributes);
        } else {
            builder.node(op, "ai.onnx.ml", List.of("x"), List.of("y"), attributes);
        }
        return builder.build();
    }
}
