package hep.capsule.internal.runner.lwtnn;

/**
 * An activation as lwtnn applies it (lwtnn/generic/Stack.tcc), in float64 with {@link StrictMath}:
 *
 * <ul>
 *   <li>sigmoid: 0 below -30, 1 above 30, else {@code 1 / (1 + exp(-x))};
 *   <li>hard_sigmoid: {@code 0.2 x + 0.5} clipped to [0, 1];
 *   <li>rectified: {@code x > 0 ? x : 0}, NaN passed through;
 *   <li>elu: {@code x >= 0 ? x : alpha (exp(x) - 1)};
 *   <li>leakyrelu: {@code x > 0 ? x : alpha x};
 *   <li>softmax: {@code exp(x_i - max x) / sum_j exp(x_j - max x)}, summed in index order.
 * </ul>
 *
 * @param alpha the parameter of elu and leakyrelu; unused by the others
 */
record Activation(ActivationFunction function, double alpha) {

    static final Activation LINEAR = new Activation(ActivationFunction.LINEAR, Double.NaN);

    /** Applies the activation to every element of {@code values}, in place. */
    void apply(double[] values) {
        if (function == ActivationFunction.SOFTMAX) {
            softmax(values);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = of(values[i]);
        }
    }

    private double of(double x) {
        return switch (function) {
            case LINEAR, SOFTMAX -> x;
            case SIGMOID -> x < -30.0 ? 0.0 : x > 30.0 ? 1.0 : 1.0 / (1.0 + StrictMath.exp(-1.0 * x));
            case HARD_SIGMOID -> hardSigmoid(x);
            case RECTIFIED -> Double.isNaN(x) ? x : x > 0 ? x : 0.0;
            case TANH -> StrictMath.tanh(x);
            case ELU -> x >= 0 ? x : alpha * (StrictMath.exp(x) - 1);
            case LEAKY_RELU -> x > 0 ? x : alpha * x;
        };
    }

    private static double hardSigmoid(double x) {
        double out = 0.2 * x + 0.5;
        return out < 0 ? 0.0 : out > 1 ? 1.0 : out;
    }

    private static void softmax(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = StrictMath.exp(values[i] - max);
            sum += values[i];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }

    /** How a capsule records it, for example {@code elu(alpha=1.0)}. */
    String describe() {
        return switch (function) {
            case ELU, LEAKY_RELU -> function.lwtnnName() + "(alpha=" + alpha + ")";
            default -> function.lwtnnName();
        };
    }
}
