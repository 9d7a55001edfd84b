package hep.capsule.schema;

import hep.capsule.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A model input or output as {@code capsule init} reads it from the model file.
 *
 * @param shape         dimensions, outermost first; a {@code null} entry is a dynamic axis
 * @param referenceFile the reference NPY for an input (relative to capsule.yaml); {@code null} for an output
 */
public record TemplateTensor(String name, ElementType type, List<Long> shape, String referenceFile) {

    public TemplateTensor {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
    }
}
