package hep.capsule.internal.runner.lwtnn;

/** One feed-forward lwtnn layer, bound to the number of values it receives. */
sealed interface Layer permits DenseLayer, NormalizationLayer {

    int outputSize();

    /** The layer's output for one event; {@code in} is left unchanged. */
    double[] apply(double[] in);

    /** How a capsule records it, for example {@code dense 3->2 rectified}. */
    String describe();
}
