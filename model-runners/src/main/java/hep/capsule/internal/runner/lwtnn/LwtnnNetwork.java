package hep.capsule.internal.runner.lwtnn;

import java.util.List;

/**
 * An lwtnn feed-forward network, sequential or graph, ready to evaluate event by event.
 *
 * @param structure {@code sequential} or {@code graph}, as the file was written
 * @param nodes in evaluation order: every node reads only nodes before it
 */
record LwtnnNetwork(String structure, List<InputBlock> inputs, List<GraphNode> nodes, List<NetworkOutput> outputs) {

    LwtnnNetwork {
        inputs = List.copyOf(inputs);
        nodes = List.copyOf(nodes);
        outputs = List.copyOf(outputs);
    }

    /**
     * @param raw the values of each input block for one event, before NaN replacement and scaling
     * @return the values of each output, in {@link #outputs()} order
     */
    double[][] evaluate(double[][] raw) {
        double[][] prepared = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            prepared[i] = inputs.get(i).prepare(raw[i]);
        }
        double[][] values = new double[nodes.size()][];
        for (int n = 0; n < values.length; n++) {
            values[n] = nodes.get(n).compute(prepared, values);
        }
        double[][] out = new double[outputs.size()][];
        for (int o = 0; o < out.length; o++) {
            out[o] = values[outputs.get(o).node()];
        }
        return out;
    }
}
