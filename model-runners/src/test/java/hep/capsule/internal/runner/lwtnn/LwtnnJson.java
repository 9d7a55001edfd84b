package hep.capsule.internal.runner.lwtnn;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small lwtnn files written by hand, with single quotes for JSON's double quotes, and a way to run them. */
final class LwtnnJson {
    private LwtnnJson() {}

    /** a: (a + 1) * 0.5; b: (b - 2) * 2, default 7 for a NaN a; then y = W x + b, linear. */
    static final byte[] SEQUENTIAL = json("""
            {'inputs': [{'name': 'a', 'offset': 1, 'scale': 0.5}, {'name': 'b', 'offset': -2, 'scale': 2}],
             'layers': [{'architecture': 'dense', 'weights': [1, 2, -1, 0.5],
               'bias': [0.5, -1], 'activation': 'linear'}],
             'outputs': ['y0', 'y1'],
             'defaults': {'a': 7}}""");

    /**
     * jet (pt: scale 0.5, default 10; eta) and lep (q): hidden = relu(pt' + eta), then [hidden, q] -> score = (hidden,
     * -q).
     */
    static final byte[] GRAPH = json("""
            {'inputs': [{'name': 'jet', 'variables': [{'name': 'pt', 'offset': 0, 'scale': 0.5, 'default': 10},
                                                      {'name': 'eta', 'offset': 0, 'scale': 1}]},
                        {'name': 'lep', 'variables': [{'name': 'q', 'offset': 0, 'scale': 1}]}],
             'input_sequences': [],
             'nodes': [{'type': 'input', 'sources': [0], 'size': 2},
                       {'type': 'input', 'sources': [1], 'size': 1},
                       {'type': 'feed_forward', 'sources': [0], 'layer_index': 0},
                       {'type': 'concatenate', 'sources': [2, 1]},
                       {'type': 'feed_forward', 'sources': [3], 'layer_index': 1}],
             'layers': [{'architecture': 'dense', 'weights': [1, 1], 'bias': [0], 'activation': 'rectified'},
                        {'architecture': 'dense', 'weights': [1, 0, 0, -1], 'bias': [0, 0], 'activation': 'linear'}],
             'outputs': {'score': {'node_index': 4, 'labels': ['s0', 's1']},
                         'hidden': {'node_index': 2, 'labels': ['h']}}}""");

    static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    /** Two inputs a and b through a dense layer without weights or bias: softmax of (a, b). */
    static final byte[] SOFTMAX =
            json("{'inputs': [{'name': 'a', 'offset': 0, 'scale': 1}, {'name': 'b', 'offset': 0, 'scale': 1}],"
                    + " 'layers': [{'architecture': 'dense', 'weights': [], 'bias': [], 'activation': 'softmax'}],"
                    + " 'outputs': ['pa', 'pb']}");

    /** Two inputs a and b normalised as (2 (a + 1), 0.5 (b - 4)). */
    static final byte[] NORMALIZATION =
            json("{'inputs': [{'name': 'a', 'offset': 0, 'scale': 1}, {'name': 'b', 'offset': 0, 'scale': 1}],"
                    + " 'layers': [{'architecture': 'normalization', 'weights': [2, 0.5], 'bias': [1, -4]}],"
                    + " 'outputs': ['na', 'nb']}");

    /** A sequential file with one input {@code x} (offset 0, scale 1) and the given layers. */
    static byte[] oneInput(String layers, String outputs) {
        return json("{'inputs': [{'name': 'x', 'offset': 0, 'scale': 1}], 'layers': [" + layers + "]," + " 'outputs': ["
                + outputs + "], 'defaults': {}}");
    }

    /** A sequential file whose one dense 1-to-1 layer (weight 1, bias 0) has the given activation. */
    static byte[] activation(String activation) {
        return oneInput(
                "{'architecture': 'dense', 'weights': [1], 'bias': [0], 'activation': " + activation + "}", "'y'");
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
        return values(run(json, Map.of(LwtnnFile.SEQUENTIAL_INPUT, rows(width, events)))
                .get(LwtnnFile.SEQUENTIAL_OUTPUT));
    }

    static Map<String, Tensor> run(byte[] json, Map<String, Tensor> inputs) throws ModelExecutionException {
        try (ModelRunner runner = LwtnnRunner.load(json, "net.json")) {
            return new LinkedHashMap<>(runner.run(inputs));
        }
    }
}
