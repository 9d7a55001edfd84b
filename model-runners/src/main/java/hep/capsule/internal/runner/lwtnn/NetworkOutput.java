package hep.capsule.internal.runner.lwtnn;

import java.util.List;

/** A named output of an lwtnn network: the values of one node, one label per value. */
record NetworkOutput(String name, int node, List<String> labels) {
    NetworkOutput {
        labels = List.copyOf(labels);
    }
}
