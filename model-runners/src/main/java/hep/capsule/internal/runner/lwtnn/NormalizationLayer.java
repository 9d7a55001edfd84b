package hep.capsule.internal.runner.lwtnn;

/**
 * A normalisation layer (Keras BatchNormalization at inference) as lwtnn evaluates it: {@code y_i = W_i * (x_i + b_i)}.
 */
record NormalizationLayer(double[] weights, double[] bias) implements Layer {

    NormalizationLayer {
        weights = weights.clone();
        bias = bias.clone();
    }

    @Override
    public int outputSize() {
        return weights.length;
    }

    @Override
    public double[] apply(double[] in) {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] * (in[i] + bias[i]);
        }
        return out;
    }

    @Override
    public String describe() {
        return "normalization " + weights.length;
    }
}
