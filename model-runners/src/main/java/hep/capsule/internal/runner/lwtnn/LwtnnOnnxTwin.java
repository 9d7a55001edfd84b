package hep.capsule.internal.runner.lwtnn;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.DOUBLE;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloat;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;

import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The ONNX twin of an lwtnn network (opset 13), with the inputs and outputs of {@link LwtnnRunner}: float64 {@code [N,
 * variables]} per input block, float64 {@code [N, labels]} per output.
 *
 * <ul>
 *   <li>Each input block is prepared in float64 exactly as lwtnn and Capsule's evaluator do: a NaN takes the variable's
 *       default ({@code IsNaN} and {@code Where}; a variable without a default keeps NaN), then {@code (x + offset) *
 *       scale} ({@code Add}, {@code Mul}); then {@code Cast} to float32.
 *   <li>The network runs in float32: a dense layer is a {@code Gemm} with {@code transB = 1} (lwtnn stores one row of
 *       weights per output) and the bias as C, or only an {@code Add} of the bias for a layer without weights; a
 *       normalisation layer is {@code Add} then {@code Mul}; a concatenation is {@code Concat} on axis 1. Activations:
 *       linear (none), {@code Sigmoid}, {@code Relu} with NaN passed on ({@code Where(IsNaN(x), x, Relu(x))}: lwtnn
 *       passes NaN, the interpreter's Relu gives 0), {@code Softmax} (axis -1), {@code Tanh}, hard_sigmoid as
 *       {@code Mul 0.2}, {@code Add 0.5}, {@code Clip [0, 1]}, {@code Elu} and {@code LeakyRelu} with the layer's
 *       alpha.
 *   <li>Each output is {@code Cast} back to float64.
 * </ul>
 *
 * Float32 because that is what both onnxruntime (no float64 Elu, LeakyRelu) and the portable interpreter (float32 Gemm)
 * run. So the twin agrees with the evaluator to float32 rounding, and lwtnn's sigmoid cut-offs (0 below -30, 1 above
 * 30) become the plain sigmoid there, a difference below 1e-13.
 */
final class LwtnnOnnxTwin {
    private static final long OPSET = 13;
    private static final long EVENTS = -1;

    private final OnnxModelBuilder model = new OnnxModelBuilder(OPSET);
    private int nextValue;

    private LwtnnOnnxTwin() {}

    static byte[] write(LwtnnNetwork network) {
        return new LwtnnOnnxTwin().build(network);
    }

    private byte[] build(LwtnnNetwork network) {
        List<String> blocks = new ArrayList<>();
        for (InputBlock block : network.inputs()) {
            model.input(block.name(), DOUBLE, EVENTS, block.size());
            blocks.add(prepared(block));
        }
        String[] values = new String[network.nodes().size()];
        for (int n = 0; n < values.length; n++) {
            GraphNode node = network.nodes().get(n);
            if (node instanceof GraphNode.Input input) {
                values[n] = blocks.get(input.input());
            } else if (node instanceof GraphNode.FeedForward feedForward) {
                values[n] = layer(feedForward.layer(), values[feedForward.source()]);
            } else {
                values[n] = concatenated((GraphNode.Concatenate) node, values);
            }
        }
        for (NetworkOutput output : network.outputs()) {
            model.output(output.name(), DOUBLE, EVENTS, output.labels().size());
            model.node("Cast", List.of(values[output.node()]), List.of(output.name()), attrInt("to", DOUBLE));
        }
        return model.build();
    }

    /** A fresh name for an intermediate value, which no lwtnn name can take ('#' is in none). */
    private String value() {
        return "twin#" + nextValue++;
    }

    private String node(String opType, List<String> in, OnnxModelBuilder.Message... attributes) {
        String out = value();
        model.node(opType, in, List.of(out), attributes);
        return out;
    }

    private String float64(double[] values) {
        String name = value();
        model.doubles(name, new long[] {values.length}, values);
        return name;
    }

    /** A float32 vector of the values, each rounded once. */
    private String float32(double[] values) {
        return float32(new long[] {values.length}, values);
    }

    /** A float32 scalar. */
    private String float32(double value) {
        return float32(new long[0], value);
    }

    private String float32(long[] dims, double... values) {
        String name = value();
        float[] floats = new float[values.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) values[i];
        }
        model.floats(name, dims, floats);
        return name;
    }

    private String prepared(InputBlock block) {
        int size = block.size();
        double[] defaults = new double[size];
        double[] offsets = new double[size];
        double[] scales = new double[size];
        boolean anyDefault = false;
        for (int i = 0; i < size; i++) {
            InputVariable variable = block.variables().get(i);
            defaults[i] = variable.nanDefault().orElse(Double.NaN);
            anyDefault |= variable.nanDefault().isPresent();
            offsets[i] = variable.offset();
            scales[i] = variable.scale();
        }
        String x = block.name();
        if (anyDefault) {
            x = node("Where", List.of(node("IsNaN", List.of(x)), float64(defaults), x));
        }
        String scaled = node("Mul", List.of(node("Add", List.of(x, float64(offsets))), float64(scales)));
        return node("Cast", List.of(scaled), attrInt("to", FLOAT));
    }

    private String layer(Layer layer, String x) {
        if (layer instanceof DenseLayer dense) {
            return activated(dense.activation(), dense(dense, x));
        }
        NormalizationLayer norm = (NormalizationLayer) layer;
        return node("Mul", List.of(node("Add", List.of(x, float32(norm.bias()))), float32(norm.weights())));
    }

    private String dense(DenseLayer dense, String x) {
        boolean hasBias = dense.bias().length > 0;
        if (dense.weights().length == 0) {
            return hasBias ? node("Add", List.of(x, float32(dense.bias()))) : x;
        }
        List<String> in = new ArrayList<>(List.of(
                x, float32(new long[] {dense.outputSize(), dense.inputSize()}, dense.weights())));
        if (hasBias) {
            in.add(float32(dense.bias()));
        }
        return node("Gemm", in, attrInt("transB", 1));
    }

    private String activated(Activation activation, String x) {
        return switch (activation.function()) {
            case LINEAR -> x;
            case SIGMOID -> node("Sigmoid", List.of(x));
            case RECTIFIED -> node("Where", List.of(node("IsNaN", List.of(x)), x, node("Relu", List.of(x))));
            case SOFTMAX -> node("Softmax", List.of(x), attrInt("axis", -1));
            case TANH -> node("Tanh", List.of(x));
            case HARD_SIGMOID ->
                node(
                        "Clip",
                        List.of(
                                node("Add", List.of(node("Mul", List.of(x, float32(0.2))), float32(0.5))),
                                float32(0.0),
                                float32(1.0)));
            case ELU -> node("Elu", List.of(x), attrFloat("alpha", (float) activation.alpha()));
            case LEAKY_RELU -> node("LeakyRelu", List.of(x), attrFloat("alpha", (float) activation.alpha()));
        };
    }

    private String concatenated(GraphNode.Concatenate concatenate, String[] values) {
        List<String> in = new ArrayList<>();
        for (int source : concatenate.sources()) {
            in.add(values[source]);
        }
        return node("Concat", in, attrInt("axis", 1));
    }
}
