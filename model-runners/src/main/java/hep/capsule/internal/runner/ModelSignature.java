package hep.capsule.internal.runner;

import java.util.List;

/** The inputs and outputs of a model, in the model's own order. */
public record ModelSignature(List<TensorSpec> inputs, List<TensorSpec> outputs) {
    public ModelSignature {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
