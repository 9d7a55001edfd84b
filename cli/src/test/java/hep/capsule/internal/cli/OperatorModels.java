package hep.capsule.internal.cli;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.BOOL;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.INT64;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloat;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInts;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.floatTensor;

import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.tensor.Float16;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * One small ONNX model per case of {@code src/test/resources/anymodel/make_cases.py}, node for node what that script
 * computes with numpy. Written for this test (these are not ONNX's own backend test models, which are not on this
 * machine). Inputs are x0, x1, ...; the output is y. A dimension of -1 is the event axis.
 */
final class OperatorModels {
    static final int FLOAT16 = 10;
    static final int INT8 = 3;
    static final int UINT8 = 2;
    static final int INT16 = 5;
    private static final long[] SCALAR = {};

    private OperatorModels() {}

    static List<String> cases() {
        return List.of(
                "gemm_b_input",
                "matmul",
                "add",
                "sub",
                "mul",
                "div",
                "relu",
                "leakyrelu",
                "elu",
                "sigmoid",
                "tanh",
                "softmax",
                "exp",
                "log",
                "concat_axis0",
                "slice",
                "reshape_shape_input",
                "flatten",
                "squeeze",
                "unsqueeze",
                "transpose",
                "gather",
                "identity",
                "cast",
                "equal",
                "not",
                "where",
                "reducesum_axes",
                "reducemean",
                "batchnormalization",
                "clip",
                "float16_add",
                "int8_dequantize",
                "int8_quantize",
                "relu_no_events",
                "clip_min_above_max",
                "scalar_input",
                "float16_mlp",
                "int8_clip",
                "uint8_concat",
                "int16_cast_float16");
    }

    static byte[] model(String name) {
        OnnxModelBuilder m = new OnnxModelBuilder(13);
        return switch (name) {
            case "gemm_b_input" ->
                m.input("x0", FLOAT, -1, 4)
                        .input("x1", FLOAT, 4, 3)
                        .output("y", FLOAT, -1, 3)
                        .node("Gemm", List.of("x0", "x1"), List.of("y"))
                        .build();
            case "matmul" ->
                m.input("x0", FLOAT, -1, 4)
                        .output("y", FLOAT, -1, 3)
                        .floats("w", new long[] {4, 3}, linspace(12))
                        .node("MatMul", List.of("x0", "w"), List.of("y"))
                        .build();
            case "add", "sub", "mul", "div" ->
                binary(m, FLOAT, Character.toUpperCase(name.charAt(0)) + name.substring(1), 3);
            case "relu", "relu_no_events" -> unary(m, "Relu");
            case "leakyrelu" -> unary(m, "LeakyRelu", attrFloat("alpha", 0.1f));
            case "elu" -> unary(m, "Elu");
            case "sigmoid" -> unary(m, "Sigmoid");
            case "tanh" -> unary(m, "Tanh");
            case "softmax" -> unary(m, "Softmax");
            case "exp" -> unary(m, "Exp");
            case "log" -> unary(m, "Log");
            case "concat_axis0" ->
                m.input("x0", FLOAT, -1, 3)
                        .input("x1", FLOAT, -1, 3)
                        .output("y", FLOAT, -1, 3)
                        .node("Concat", List.of("x0", "x1"), List.of("y"), attrInt("axis", 0))
                        .build();
            case "slice" ->
                m.input("x0", FLOAT, -1, 6)
                        .output("y", FLOAT, -1, 2)
                        .longs("starts", new long[] {1}, 1)
                        .longs("ends", new long[] {1}, 5)
                        .longs("axes", new long[] {1}, 1)
                        .longs("steps", new long[] {1}, 2)
                        .node("Slice", List.of("x0", "starts", "ends", "axes", "steps"), List.of("y"))
                        .build();
            case "reshape_shape_input" ->
                m.input("x0", FLOAT, -1, 2, 3)
                        .input("x1", INT64, 2)
                        .output("y", FLOAT, -1, 6)
                        .node("Reshape", List.of("x0", "x1"), List.of("y"))
                        .build();
            case "flatten" ->
                m.input("x0", FLOAT, -1, 2, 3)
                        .output("y", FLOAT, -1, 6)
                        .node("Flatten", List.of("x0"), List.of("y"))
                        .build();
            case "squeeze" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", FLOAT, 3)
                        .longs("axes", new long[] {1}, 0)
                        .node("ReduceSum", List.of("x0", "axes"), List.of("sum"), attrInt("keepdims", 1))
                        .node("Squeeze", List.of("sum", "axes"), List.of("y"))
                        .build();
            case "unsqueeze" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", FLOAT, -1, 1, 3)
                        .longs("axes", new long[] {1}, 1)
                        .node("Unsqueeze", List.of("x0", "axes"), List.of("y"))
                        .build();
            case "transpose" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", FLOAT, 3, -1)
                        .node("Transpose", List.of("x0"), List.of("y"))
                        .build();
            case "gather" ->
                m.input("x0", FLOAT, -1, 6)
                        .output("y", FLOAT, -1, 3)
                        .longs("indices", new long[] {3}, 4, 0, 2)
                        .node("Gather", List.of("x0", "indices"), List.of("y"), attrInt("axis", 1))
                        .build();
            case "identity" -> unary(m, "Identity");
            case "cast" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", INT64, -1, 3)
                        .node("Cast", List.of("x0"), List.of("y"), attrInt("to", INT64))
                        .build();
            case "equal" ->
                m.input("x0", INT64, -1, 3)
                        .input("x1", INT64, -1, 3)
                        .output("y", BOOL, -1, 3)
                        .node("Equal", List.of("x0", "x1"), List.of("y"))
                        .build();
            case "not" ->
                m.input("x0", BOOL, -1, 3)
                        .output("y", BOOL, -1, 3)
                        .node("Not", List.of("x0"), List.of("y"))
                        .build();
            case "where" ->
                m.input("x0", BOOL, -1, 3)
                        .input("x1", FLOAT, -1, 3)
                        .input("x2", FLOAT, -1, 3)
                        .output("y", FLOAT, -1, 3)
                        .node("Where", List.of("x0", "x1", "x2"), List.of("y"))
                        .build();
            case "reducesum_axes" ->
                m.input("x0", FLOAT, -1, 3, 4)
                        .input("x1", INT64, 1)
                        .output("y", FLOAT, -1, 3)
                        .node("ReduceSum", List.of("x0", "x1"), List.of("y"), attrInt("keepdims", 0))
                        .build();
            case "reducemean" ->
                m.input("x0", FLOAT, -1, 3, 4)
                        .output("y", FLOAT, -1, 3, 1)
                        .node("ReduceMean", List.of("x0"), List.of("y"), attrInts("axes", 2))
                        .build();
            case "batchnormalization" ->
                m.input("x0", FLOAT, -1, 3, 2)
                        .output("y", FLOAT, -1, 3, 2)
                        .floats("scale", new long[] {3}, 1.5f, -0.5f, 2.0f)
                        .floats("bias", new long[] {3}, 0.1f, 0.2f, -0.3f)
                        .floats("mean", new long[] {3}, 0.05f, -0.1f, 0.2f)
                        .floats("var", new long[] {3}, 1.2f, 0.8f, 0.5f)
                        .node("BatchNormalization", List.of("x0", "scale", "bias", "mean", "var"), List.of("y"))
                        .build();
            case "clip" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", FLOAT, -1, 3)
                        .initializer("lo", floatTensor(SCALAR, -0.5f))
                        .initializer("hi", floatTensor(SCALAR, 0.5f))
                        .node("Clip", List.of("x0", "lo", "hi"), List.of("y"))
                        .build();
            case "clip_min_above_max" ->
                m.input("x0", FLOAT, -1, 3)
                        .output("y", FLOAT, -1, 3)
                        .initializer("lo", floatTensor(SCALAR, 0.5f))
                        .initializer("hi", floatTensor(SCALAR, -0.5f))
                        .node("Clip", List.of("x0", "lo", "hi"), List.of("y"))
                        .build();
            case "float16_add" -> binary(m, FLOAT16, "Add", 4);
            case "int8_dequantize" ->
                m.input("x0", INT8, -1, 4)
                        .output("y", FLOAT, -1, 4)
                        .initializer("scale", floatTensor(SCALAR, 0.05f))
                        .initializer("zero", int8Scalar(3))
                        .node("DequantizeLinear", List.of("x0", "scale", "zero"), List.of("y"))
                        .build();
            case "int8_quantize" ->
                m.input("x0", FLOAT, -1, 4)
                        .output("y", INT8, -1, 4)
                        .initializer("scale", floatTensor(SCALAR, 0.05f))
                        .initializer("zero", int8Scalar(3))
                        .node("QuantizeLinear", List.of("x0", "scale", "zero"), List.of("y"))
                        .build();
            case "scalar_input" ->
                m.input("x0", FLOAT, -1, 3)
                        .input("x1", FLOAT)
                        .output("y", FLOAT, -1, 3)
                        .node("Mul", List.of("x0", "x1"), List.of("y"))
                        .build();
            case "float16_mlp" ->
                m.input("x0", FLOAT16, -1, 4)
                        .output("y", FLOAT16, -1, 3)
                        .initializer("w", float16Tensor(new long[] {4, 3}, linspace(12)))
                        .initializer("b", float16Tensor(new long[] {3}, 0.25f, -0.5f, 0.125f))
                        .node("MatMul", List.of("x0", "w"), List.of("xw"))
                        .node("Add", List.of("xw", "b"), List.of("z"))
                        .node("Relu", List.of("z"), List.of("y"))
                        .build();
            case "int8_clip" ->
                m.input("x0", INT8, -1, 4)
                        .output("y", INT8, -1, 4)
                        .initializer("lo", int8Scalar(-100))
                        .initializer("hi", int8Scalar(100))
                        .node("Clip", List.of("x0", "lo", "hi"), List.of("y"))
                        .build();
            case "uint8_concat" ->
                m.input("x0", UINT8, -1, 2)
                        .input("x1", UINT8, -1, 3)
                        .output("y", UINT8, -1, 5)
                        .node("Concat", List.of("x0", "x1"), List.of("y"), attrInt("axis", 1))
                        .build();
            case "int16_cast_float16" ->
                m.input("x0", INT16, -1, 3)
                        .output("y", FLOAT16, -1, 3)
                        .node("Cast", List.of("x0"), List.of("y"), attrInt("to", FLOAT16))
                        .build();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static byte[] unary(OnnxModelBuilder m, String op, OnnxModelBuilder.Message... attributes) {
        return m.input("x0", FLOAT, -1, 3)
                .output("y", FLOAT, -1, 3)
                .node(op, List.of("x0"), List.of("y"), attributes)
                .build();
    }

    private static byte[] binary(OnnxModelBuilder m, int type, String op, long width) {
        return m.input("x0", type, -1, width)
                .input("x1", type, -1, width)
                .output("y", type, -1, width)
                .node(op, List.of("x0", "x1"), List.of("y"))
                .build();
    }

    /** An int8 scalar constant (ONNX keeps int8 values in int32_data). */
    private static OnnxModelBuilder.Message int8Scalar(int value) {
        return new OnnxModelBuilder.Message().varint(2, INT8).varint(5, value);
    }

    /** A float16 tensor of {@code values}, each rounded to nearest float16, as raw data. */
    private static OnnxModelBuilder.Message float16Tensor(long[] dims, float... values) {
        ByteBuffer raw = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            raw.putShort(Float16.fromFloat(value));
        }
        OnnxModelBuilder.Message tensor = new OnnxModelBuilder.Message();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        return tensor.varint(2, FLOAT16).bytes(9, raw.array());
    }

    /** numpy's linspace(-1, 1, n) as float32. */
    private static float[] linspace(int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (-1 + i * (2.0 / (n - 1)));
        }
        return values;
    }
}
