package hep.capsule.internal.runner.lwtnn;

/**
 * One node of an lwtnn network, evaluated after every node it reads. A sequential file is a chain: its input node, then
 * one feed-forward node per layer.
 */
sealed interface GraphNode {

    int outputSize();

    /**
     * @param inputs the prepared values of each input block
     * @param nodes the values of the nodes before this one
     */
    double[] compute(double[][] inputs, double[][] nodes);

    /** The values of input block {@code input}. */
    record Input(int input, int outputSize) implements GraphNode {
        @Override
        public double[] compute(double[][] inputs, double[][] nodes) {
            return inputs[input];
        }
    }

    /** A layer applied to the values of node {@code source}. */
    record FeedForward(int source, Layer layer) implements GraphNode {
        @Override
        public int outputSize() {
            return layer.outputSize();
        }

        @Override
        public double[] compute(double[][] inputs, double[][] nodes) {
            return layer.apply(nodes[source]);
        }
    }

    /** The values of the {@code sources} nodes one after the other. */
    record Concatenate(int[] sources, int outputSize) implements GraphNode {
        public Concatenate {
            sources = sources.clone();
        }

        @Override
        public double[] compute(double[][] inputs, double[][] nodes) {
            double[] out = new double[outputSize];
            int offset = 0;
            for (int source : sources) {
                System.arraycopy(nodes[source], 0, out, offset, nodes[source].length);
                offset += nodes[source].length;
            }
            return out;
        }
    }
}
