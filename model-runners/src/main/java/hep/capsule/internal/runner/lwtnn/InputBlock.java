package hep.capsule.internal.runner.lwtnn;

import java.util.List;

/**
 * A named group of input variables, fed to the network as one tensor: the single input of a sequential file, or one
 * entry of a graph file's {@code inputs}.
 */
record InputBlock(String name, List<InputVariable> variables) {

    InputBlock {
        variables = List.copyOf(variables);
    }

    int size() {
        return variables.size();
    }

    double[] prepare(double[] raw) {
        double[] prepared = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            prepared[i] = variables.get(i).prepare(raw[i]);
        }
        return prepared;
    }
}
