package hep.capsule.interpreter;

import static hep.capsule.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.runner.onnx.OnnxModelBuilder.attrInts;
import static hep.capsule.runner.onnx.OnnxModelBuilder.attrTensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.interpreter.model.OnnxTypes;
import hep.capsule.runner.ModelRunner;
import hep.capsule.runner.onnx.OnnxModelBuilder;
import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Npy;
import hep.capsule.tensor.NpyLimits;
import hep.capsule.tensor.Tensor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The witness's float16 rule and ONNX's integer semantics, bit for bit against numpy's values
 * ({@code src/test/resources/types/make_expected.py}, committed with its output): float16
 * arithmetic and MatMul computed in float32 and rounded to float16; Add, Sub, Mul and Div wrapping
 * around int8, uint8, int16 and uint32, Div truncating toward zero, uint64 divided and compared
 * unsigned; Relu and ReduceSum on integers; Cast between float32, float16 and the integer types.
 */
class ElementTypesTest {

    /** Each case's one node: {@code <type>_<operator>} or {@code cast_<from>_<to>}. */
    private static byte[] model(String name, List<Tensor> inputs, ElementType outputType) {
        OnnxModelBuilder m = new OnnxModelBuilder(name.endsWith("reducesum") ? 11 : 14);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            m.input("x" + i, code(inputs.get(i).type()), inputs.get(i).shape());
            names.add("x" + i);
        }
        m.output("y", code(outputType));
        String op = name.substring(name.indexOf('_') + 1);
        if (name.startsWith("cast_")) {
            return m.node("Cast", names, List.of("y"), attrInt("to", code(outputType))).build();
        }
        if (op.equals("reducesum")) {
            return m.node("ReduceSum", names, List.of("y"), attrInts("axes", 1), attrInt("keepdims", 0)).build();
        }
        String opType = switch (op) {
            case "matmul" -> "MatMul";
            case "relu" -> "Relu";
            default -> Character.toUpperCase(op.charAt(0)) + op.substring(1);
        };
        return m.node(opType, names, List.of("y")).build();
    }

    private static int code(ElementType type) {
        return (int) OnnxTypes.code(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"float16_add", "float16_sub", "float16_mul", "float16_div", "float16_matmul", "int8_add", "int8_sub",
        "int8_mul", "int8_div", "int8_relu", "uint8_add", "uint8_sub", "uint8_mul", "uint8_div", "int16_mul", "int16_div",
        "uint32_add", "uint64_div", "uint64_greater", "int32_reducesum", "cast_float32_int8", "cast_int64_uint8",
        "cast_float32_float16", "cast_uint64_float32", "cast_int16_float16"})
    void theWitnessGivesNumpysBits(String name) throws Exception {
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; resource(name + ".in" + i).isPresent(); i++) {
            inputs.add(Npy.decode(resource(name + ".in" + i).get(), name, NpyLimits.defaults()));
        }
        Tensor expected = Npy.decode(resource(name + ".expected0").orElseThrow(), name, NpyLimits.defaults());
        Map<String, Tensor> feeds = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            feeds.put("x" + i, inputs.get(i));
        }
        try (ModelRunner witness = JavaOnnxRunner.load(model(name, inputs, expected.type()), name)) {
            Tensor y = witness.run(feeds).get("y");
            assertEquals(expected.type(), y.type(), name);
            assertArrayEquals(expected.shape(), y.shape(), name);
            assertArrayEquals(expected.data(), y.data(), name);
        }
    }

    /** A uint8 Constant (read natively now, as TreeEnsemble's byte attributes are) feeds a Cast. */
    @Test
    void aConstantOfBytesIsComputed() throws Exception {
        OnnxModelBuilder.Message uint8 = new OnnxModelBuilder.Message().varint(1, 4).varint(2, code(ElementType.UINT8))
                .bytes(9, new byte[] {1, 2, (byte) 200, (byte) 255});
        byte[] model = new OnnxModelBuilder(13).input("x", 1, 4).output("y", 1)
                .node("Constant", List.of(), List.of("k"), attrTensor("value", uint8))
                .node("Cast", List.of("k"), List.of("f"), attrInt("to", 1))
                .node("Add", List.of("x", "f"), List.of("y")).build();
        try (ModelRunner witness = JavaOnnxRunner.load(model, "bytes.onnx")) {
            Tensor x = OperatorModelsTest.input(new long[] {4});
            float[] in = TestData.floats(x);
            float[] out = TestData.floats(witness.run(Map.of("x", x)).get("y"));
            assertArrayEquals(new float[] {in[0] + 1, in[1] + 2, in[2] + 200, in[3] + 255}, out);
        }
    }

    private static Optional<byte[]> resource(String name) throws Exception {
        try (InputStream in = ElementTypesTest.class.getResourceAsStream("/types/" + name + ".npy")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }
}
