package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import java.util.List;
import java.util.Optional;

/**
 * Where an operator finds its axes: an {@code axes} attribute (Squeeze, Unsqueeze and ReduceSum before opset 13,
 * ReduceMean before 18) or its second input (from then on). Empty when absent.
 */
@FunctionalInterface
interface Axes {
    Optional<long[]> of(List<NdArray> inputs);

    static Axes fromAttribute(Attributes attributes) {
        Optional<long[]> axes = attributes.ints("axes");
        return inputs -> axes.map(long[]::clone);
    }

    static Axes fromInput() {
        return inputs -> Inputs.optional(inputs, 1).map(a -> Inputs.integers(a, "the axes"));
    }
}
