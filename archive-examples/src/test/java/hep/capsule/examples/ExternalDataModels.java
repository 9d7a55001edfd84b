package hep.capsule.examples;

import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: ONNX models {@code y = MatMul(x, w)} with {@code x} of shape [N, 2] and a 2×32 float weight {@code w},
 * kept inside the model or, as ONNX's external data, in a file the model names.
 */
final class ExternalDataModels {
    /**
     * The columns of {@code w}: enough elements that onnxruntime does not share the initializer as a small constant
     * (that optimisation stops at external data for a model loaded from bytes), but loads it, as it would any weight
     * matrix.
     */
    static final int COLUMNS = 32;
    /** The bytes of {@code w}, as external_data's {@code length}. */
    static final String LENGTH = Integer.toString(2 * COLUMNS * Float.BYTES);
    /** The weights of the self-contained model. */
    static final float[] WEIGHTS = new float[2 * COLUMNS];

    static {
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = i * 0.25f - 3;
        }
    }

    private ExternalDataModels() {}

    /** The external_data entries of a tensor, in this order. */
    static Map<String, String> entries(String location, String offset, String length) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("location", location);
        entries.put("offset", offset);
        entries.put("length", length);
        return entries;
    }

    /** The model with its weights inside. */
    static byte[] inline() {
        return builder()
                .floats("w", new long[] {2, COLUMNS}, WEIGHTS)
                .node("MatMul", List.of("x", "w"), List.of("y"))
                .build();
    }

    /**
     * The model whose weights are in a file.
     *
     * @param entries the external_data entries, e.g. {@code location}, {@code offset}, {@code length}
     */
    static byte[] external(Map<String, String> entries) {
        return builder()
                .initializer("w", externalTensor(entries, true))
                .node("MatMul", List.of("x", "w"), List.of("y"))
                .build();
    }

    static byte[] external(String location, String offset, String length) {
        return external(entries(location, offset, length));
    }

    /** The model whose weights are a Constant node's {@code value} attribute, kept in a file. */
    static byte[] externalConstant(String location) {
        return builder()
                .node(
                        "Constant",
                        List.of(),
                        List.of("w"),
                        OnnxModelBuilder.attrTensor("value", externalTensor(Map.of("location", location), true)))
                .node("MatMul", List.of("x", "w"), List.of("y"))
                .build();
    }

    /**
     * A 2×{@link #COLUMNS} float TensorProto without data, that names external data.
     *
     * @param declared whether data_location says EXTERNAL (a tensor may also carry only the entries)
     */
    static Message externalTensor(Map<String, String> entries, boolean declared) {
        Message tensor = new Message().varint(1, 2).varint(1, COLUMNS).varint(2, OnnxModelBuilder.FLOAT);
        entries.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e ->
                        tensor.message(13, new Message().string(1, e.getKey()).string(2, e.getValue())));
        if (declared) {
            tensor.varint(14, 1);
        }
        return tensor;
    }

    private static OnnxModelBuilder builder() {
        return new OnnxModelBuilder(13)
                .input("x", OnnxModelBuilder.FLOAT, -1, 2)
                .output("y", OnnxModelBuilder.FLOAT, -1, COLUMNS);
    }
}
