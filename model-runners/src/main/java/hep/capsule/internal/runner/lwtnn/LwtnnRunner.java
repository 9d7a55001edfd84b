package hep.capsule.internal.runner.lwtnn;

import hep.capsule.internal.runner.InputCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.RuntimeSettings;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.UnsupportedModelException;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates an lwtnn JSON network in pure Java, as lwtnn does, without lwtnn or Eigen. Each input block is one float64
 * input {@code [events, variables]}: {@value LwtnnFile#SEQUENTIAL_INPUT} for a sequential file, the names of the
 * graph's {@code inputs} for a graph file. Each output is float64 {@code [events, labels]}:
 * {@value LwtnnFile#SEQUENTIAL_OUTPUT} for a sequential file, the names of the graph's {@code outputs} for a graph
 * file.
 */
public final class LwtnnRunner implements ModelRunner {

    public static final String RUNTIME = "capsule-lwtnn";

    private final String modelLabel;
    private final LwtnnNetwork network;
    private final ModelSignature signature;
    private final RuntimeSettings settings;

    private LwtnnRunner(String modelLabel, LwtnnNetwork network) {
        this.modelLabel = modelLabel;
        this.network = network;
        this.signature = new ModelSignature(
                network.inputs().stream().map(b -> spec(b.name(), b.size())).toList(),
                network.outputs().stream()
                        .map(o -> spec(o.name(), o.labels().size()))
                        .toList());
        this.settings = new RuntimeSettings(RUNTIME, CapsuleVersion.current(), settings(network));
    }

    /**
     * @param json the lwtnn file's bytes
     * @param modelLabel how errors name the model, for example its path inside the capsule
     * @throws UnsupportedModelException when the file uses a layer or node Capsule does not evaluate
     * @throws ModelExecutionException when the file is not a readable, consistent lwtnn file
     */
    public static LwtnnRunner load(byte[] json, String modelLabel) throws ModelExecutionException {
        return new LwtnnRunner(modelLabel, LwtnnFile.read(json, modelLabel));
    }

    /**
     * The ONNX twin of this network: the same inputs and outputs, evaluated by any ONNX runtime (see
     * {@link LwtnnOnnxTwin} for how closely it follows this evaluator).
     */
    public byte[] onnxTwin() {
        return LwtnnOnnxTwin.write(network);
    }

    /** The variable names of input {@code input}, in the file's order. */
    public List<String> variables(String input) {
        return block(input).variables().stream().map(InputVariable::name).toList();
    }

    /** How lwtnn prepares each variable of input {@code input} before the first layer, in the file's order. */
    public List<String> preparations(String input) {
        return block(input).variables().stream().map(InputVariable::preparation).toList();
    }

    /** The labels of output {@code output}: one per value, in order. */
    public List<String> labels(String output) {
        return network.outputs().stream()
                .filter(o -> o.name().equals(output))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no output " + output))
                .labels();
    }

    private InputBlock block(String input) {
        return network.inputs().stream()
                .filter(b -> b.name().equals(input))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input " + input));
    }

    private static TensorSpec spec(String name, int width) {
        return new TensorSpec(name, ElementType.FLOAT64, Arrays.asList(null, (long) width));
    }

    private static Map<String, String> settings(LwtnnNetwork network) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("structure", network.structure());
        settings.put(
                "layers",
                network.nodes().stream()
                        .filter(GraphNode.FeedForward.class::isInstance)
                        .map(n -> ((GraphNode.FeedForward) n).layer().describe())
                        .collect(Collectors.joining("; ")));
        settings.put(
                "arithmetic",
                "float64; dense: sum_j W_ij x_j in j order, then + b_i; exp and tanh are"
                        + " java.lang.StrictMath; softmax exp(x - max) / sum in index order (lwtnn 2.x)");
        settings.put(
                "nan_input",
                "a NaN input takes the file's default for that variable (lwtnn NanReplacer),"
                        + " then (x + offset) * scale; a NaN without a default stays NaN");
        return settings;
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public RuntimeSettings settings() {
        return settings;
    }

    @Override
    public Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelExecutionException {
        InputCheck.checkPerEvent(signature, inputs, modelLabel);
        List<InputBlock> blocks = network.inputs();
        int events = Math.toIntExact(inputs.get(blocks.get(0).name()).rows());
        double[][] values = new double[blocks.size()][];
        for (int b = 0; b < values.length; b++) {
            values[b] = new double[events * blocks.get(b).size()];
            inputs.get(blocks.get(b).name()).buffer().asDoubleBuffer().get(values[b]);
        }
        List<NetworkOutput> outputs = network.outputs();
        ByteBuffer[] out = new ByteBuffer[outputs.size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = ByteBuffer.allocate(events * outputs.get(o).labels().size() * Double.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
        }
        double[][] event = new double[blocks.size()][];
        for (int e = 0; e < events; e++) {
            for (int b = 0; b < event.length; b++) {
                int width = blocks.get(b).size();
                event[b] = Arrays.copyOfRange(values[b], e * width, (e + 1) * width);
            }
            double[][] result = network.evaluate(event);
            for (int o = 0; o < out.length; o++) {
                for (double v : result[o]) {
                    out[o].putDouble(v);
                }
            }
        }
        Map<String, Tensor> result = new LinkedHashMap<>();
        for (int o = 0; o < out.length; o++) {
            result.put(
                    outputs.get(o).name(),
                    new Tensor(
                            ElementType.FLOAT64,
                            new long[] {events, outputs.get(o).labels().size()},
                            out[o].array()));
        }
        return result;
    }

    @Override
    public void close() {
        // Nothing to release: the network lives on the Java heap.
    }
}
