package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.interpreter.JavaOnnxRunner;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.OnnxTwins;
import hep.capsule.internal.runner.lwtnn.LwtnnRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ONNX twins of random lwtnn networks, sequential and graph, through every activation, run by onnxruntime and by
 * the portable interpreter on 2000 generated events (some inputs NaN, most of those with a default), stay within
 * {@value #RELATIVE} * (1 + |original|) of Capsule's lwtnn evaluator, with NaN exactly where the evaluator gives NaN:
 * the twin computes the network in float32.
 */
class LwtnnTwinAgreementTest {
    private static final double RELATIVE = 1e-5;
    private static final int EVENTS = 2000;
    private static final List<String> ACTIVATIONS = List.of(
            "'linear'",
            "'sigmoid'",
            "'rectified'",
            "'softmax'",
            "'tanh'",
            "'hard_sigmoid'",
            "'elu'",
            "{'function': 'elu', 'alpha': 0.7}",
            "{'function': 'leakyrelu', 'alpha': 0.1}");

    /** A network and the width of each of its input blocks, by input name. */
    record Network(String name, byte[] json, Map<String, Integer> inputs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Network> networks() {
        SplittableRandom random = new SplittableRandom(20261123L);
        List<Network> networks = new ArrayList<>();
        for (String activation : ACTIVATIONS) {
            networks.add(sequential(activation, random));
        }
        networks.add(graph(random));
        return networks.stream();
    }

    /**
     * 6 inputs (offsets, scales, defaults for 4 of them), dense 6->8 with the activation, normalization, dense 8->3
     * softmax.
     */
    private static Network sequential(String activation, SplittableRandom random) {
        String inputs = IntStream.range(0, 6)
                .mapToObj(i -> "{'name': 'v" + i + "', 'offset': " + number(random, 50) + ", 'scale': "
                        + (0.01 + random.nextDouble()) + "}")
                .collect(Collectors.joining(", "));
        String defaults = IntStream.range(0, 4)
                .mapToObj(i -> "'v" + i + "': " + number(random, 20))
                .collect(Collectors.joining(", "));
        String layers = dense(6, 8, activation, random) + ", {'architecture': 'normalization', 'weights': "
                + numbers(random, 8, 2) + ", 'bias': " + numbers(random, 8, 1) + "}, "
                + dense(8, 3, "'softmax'", random);
        String json = "{'inputs': [" + inputs + "], 'layers': [" + layers
                + "], 'outputs': ['a', 'b', 'c'], 'defaults': {" + defaults + "}}";
        return new Network("sequential " + activation, bytes(json), Map.of("variables", 6));
    }

    /** jets (4 variables) and leptons (3) through their own dense layers, concatenated, then two heads. */
    private static Network graph(SplittableRandom random) {
        String json = "{'inputs': [{'name': 'jets', 'variables': [" + variables(4, random) + "]},"
                + " {'name': 'leptons', 'variables': [" + variables(3, random) + "]}], 'input_sequences': [],"
                + " 'nodes': [{'type': 'input', 'sources': [0], 'size': 4}, {'type': 'input', 'sources': "
                + "[1], 'size': 3},"
                + " {'type': 'feed_forward', 'sources': [0], 'layer_index': 0}, {'type': 'feed_forward', "
                + "'sources': [1], 'layer_index': 1},"
                + " {'type': 'concatenate', 'sources': [2, 3, 1]}, {'type': 'feed_forward', 'sources': [4], "
                + "'layer_index': 2},"
                + " {'type': 'feed_forward', 'sources': [5], 'layer_index': 3}],"
                + " 'layers': [" + dense(4, 5, "'rectified'", random) + ", " + dense(3, 4, "'tanh'", random) + ", "
                + dense(12, 6, "{'function': 'elu', 'alpha': 1.5}", random) + ", " + dense(6, 2, "'sigmoid'", random)
                + "],"
                + " 'outputs': {'score': {'node_index': 6, 'labels': ['s', 'b']}, 'hidden': {'node_index': "
                + "5, 'labels': ['h0', 'h1', 'h2', 'h3', 'h4', 'h5']}}}";
        Map<String, Integer> inputs = new LinkedHashMap<>();
        inputs.put("jets", 4);
        inputs.put("leptons", 3);
        return new Network("graph", bytes(json), inputs);
    }

    private static String variables(int count, SplittableRandom random) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{'name': 'x" + i + "', 'offset': " + number(random, 10) + ", 'scale': "
                        + (0.05 + random.nextDouble()) + (i % 2 == 0 ? ", 'default': " + number(random, 5) : "") + "}")
                .collect(Collectors.joining(", "));
    }

    private static String dense(int in, int out, String activation, SplittableRandom random) {
        return "{'architecture': 'dense', 'weights': " + numbers(random, in * out, 1.5 / Math.sqrt(in)) + ", 'bias': "
                + numbers(random, out, 0.5) + ", 'activation': " + activation + "}";
    }

    private static String numbers(SplittableRandom random, int count, double scale) {
        return IntStream.range(0, count)
                .mapToObj(i -> number(random, scale))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String number(SplittableRandom random, double scale) {
        return Double.toString(scale * (2 * random.nextDouble() - 1));
    }

    private static byte[] bytes(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    /** Events of one input block: physical-looking values, about 3% NaN. */
    private static Tensor events(int width, SplittableRandom random) {
        ByteBuffer data = ByteBuffer.allocate(EVENTS * width * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < EVENTS * width; i++) {
            data.putDouble(random.nextInt(33) == 0 ? Double.NaN : 30 * random.nextGaussian());
        }
        return new Tensor(ElementType.FLOAT64, new long[] {EVENTS, width}, data.array());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void twinAgreesWithTheEvaluatorInOnnxRuntimeAndTheInterpreter(Network network) throws Exception {
        SplittableRandom random = new SplittableRandom(7L);
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        network.inputs().forEach((name, width) -> inputs.put(name, events(width, random)));
        byte[] twin = OnnxTwins.of(ModelFormat.LWTNN_JSON, network.json(), "net.json");
        try (ModelRunner original = LwtnnRunner.load(network.json(), "net.json");
                ModelRunner ort = OnnxRuntimeRunner.load(twin, "net.onnx");
                ModelRunner interpreter = JavaOnnxRunner.load(twin, "net.onnx")) {
            Map<String, Tensor> expected = original.run(inputs);
            for (ModelRunner runner : List.of(ort, interpreter)) {
                Map<String, Tensor> actual = runner.run(inputs);
                assertEquals(expected.keySet(), actual.keySet());
                for (String output : expected.keySet()) {
                    double[] a = doubles(expected.get(output));
                    double[] b = doubles(actual.get(output));
                    long nans = 0;
                    for (int i = 0; i < a.length; i++) {
                        String where = runner.settings().runtime() + ", " + network + ", " + output + "[" + i + "]: "
                                + a[i] + " vs " + b[i];
                        assertEquals(Double.isNaN(a[i]), Double.isNaN(b[i]), where);
                        nans += Double.isNaN(a[i]) ? 1 : 0;
                        assertTrue(
                                Double.isNaN(a[i]) || Math.abs(a[i] - b[i]) <= RELATIVE * (1 + Math.abs(a[i])), where);
                    }
                    assertTrue(nans < a.length / 2, network + ": the events must mostly give numbers, not NaN");
                }
            }
        }
    }

    private static double[] doubles(Tensor tensor) {
        double[] values = new double[Math.toIntExact(tensor.elementCount())];
        tensor.buffer().asDoubleBuffer().get(values);
        return values;
    }
}
