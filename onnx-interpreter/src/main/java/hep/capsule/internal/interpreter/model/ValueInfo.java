package hep.capsule.internal.interpreter.model;

import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A graph input or output as the model declares it.
 *
 * @param shape the dimensions, {@code null} for a symbolic or unknown one
 */
public record ValueInfo(String name, ElementType type, List<Long> shape) {
    public ValueInfo {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
    }
}
