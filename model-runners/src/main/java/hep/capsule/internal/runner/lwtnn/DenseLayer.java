package hep.capsule.internal.runner.lwtnn;

/**
 * A dense layer as lwtnn evaluates it: {@code y_i = activation(sum_j W_ij x_j + b_i)}, the sum over j in index order,
 * the bias added to the finished sum. lwtnn stores W row by row, one row per output ({@code W_ij = weights[i * inputs +
 * j]}). A layer without weights is the identity matrix and a layer without bias adds nothing: lwtnn writes Keras
 * activation layers that way.
 *
 * @param weights {@code outputs * inputs} numbers, or none
 * @param bias {@code outputs} numbers, or none
 */
record DenseLayer(int inputSize, int outputSize, double[] weights, double[] bias, Activation activation)
        implements Layer {

    DenseLayer {
        weights = weights.clone();
        bias = bias.clone();
    }

    @Override
    public double[] apply(double[] in) {
        double[] out;
        if (weights.length == 0) {
            out = in.clone();
        } else {
            out = new double[outputSize];
            for (int i = 0, row = 0; i < outputSize; i++, row += inputSize) {
                double sum = 0;
                for (int j = 0; j < inputSize; j++) {
                    sum += weights[row + j] * in[j];
                }
                out[i] = sum;
            }
        }
        for (int i = 0; i < bias.length; i++) {
            out[i] += bias[i];
        }
        activation.apply(out);
        return out;
    }

    @Override
    public String describe() {
        return "dense " + inputSize + "->" + outputSize + (weights.length == 0 ? " (no weights)" : "")
                + (bias.length == 0 ? " (no bias)" : "") + " " + activation.describe();
    }
}
