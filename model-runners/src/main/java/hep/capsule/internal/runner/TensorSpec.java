package hep.capsule.internal.runner;

import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * What a model declares about one of its inputs or outputs.
 *
 * @param name the name in the model graph
 * @param type the element type
 * @param shape the dimensions; {@code null} entries are dynamic (for example the event axis)
 */
public record TensorSpec(String name, ElementType type, List<Long> shape) {
    public TensorSpec {
        shape = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(shape));
    }
}
