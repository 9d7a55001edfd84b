package hep.capsule.runner.lwtnn;

import hep.capsule.runner.ModelExecutionException;
import hep.capsule.runner.ModelRunner;
import hep.capsule.runner.ModelRunners;
import hep.capsule.schema.ModelFormat;
import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small lwtnn files written by hand, with single quotes for JSON's double quotes, and a way to run them. */
final class LwtnnJson {
    private LwtnnJson() {
    }

    static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    /** A sequential file with one input {@code x} (offset 0, scale 1) and the given layers. */
    static byte[] oneInput(String layers, String outputs) {
        return json("{'inputs': [{'name': 'x', 'offset': 0, 'scale': 1}], 'layers': [" + layers + "],"
                + " 'outputs': [" + outputs + "], 'defaults': {}}");
    }

    /** A sequential file whose one dense 1-to-1 layer (weight 1, bias 0) has the given activation. */
    static byte[] activation(String activation) {
        return oneInput("{'architecture': 'dense', 'weights': [1], 'bias': [0], 'activation': " + activation + "}", "'y'");
    }

    static Tensor rows(int width, double... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        return new Tensor(ElementType.FLOAT64, new long[] {values.length / width, width}, buffer.array());
    }

    static double[] values(Tensor tensor) {
        double[] values = new double[Math.toIntExact(tensor.elementCount())];
        tensor.buffer().asDoubleBuffer().get(values);
        return values;
    }

    /** Runs a sequential file on events of {@code width} values each; the outputs, event after event. */
    static double[] runSequential(byte[] json, int width, double... events) throws ModelExecutionException {
        return values(run(json, Map.of(LwtnnFile.SEQUENTIAL_INPUT, rows(width, events))).get(LwtnnFile.SEQUENTIAL_OUTPUT));
    }

    static Map<String, Tensor> run(byte[] json, Map<String, Tensor> inputs) throws ModelExecutionException {
        try (ModelRunner runner = ModelRunners.open(ModelFormat.LWTNN_JSON, json, "net.json")) {
            return new LinkedHashMap<>(runner.run(inputs));
        }
    }
}
