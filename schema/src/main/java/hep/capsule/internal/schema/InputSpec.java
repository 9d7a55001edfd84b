package hep.capsule.internal.schema;

import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One model input.
 *
 * @param shape dimensions, outermost first; a {@code null} entry is a dynamic axis
 * @param reference NPY of the model-ready reference values
 * @param rawReference NPY of the physical reference values
 * @param objectOrdering how the objects behind the features are ordered (e.g. jets by decreasing pT), when stated
 * @param perEvent whether the first axis counts events; otherwise the input is given whole to every batch (a parameter,
 *     a shape, a matrix), has no features and says what it is in {@code description}
 */
public record InputSpec(
        String name,
        ElementType type,
        List<Long> shape,
        Optional<String> reference,
        Optional<String> rawReference,
        List<FeatureSpec> features,
        Optional<String> objectOrdering,
        boolean perEvent,
        Optional<String> description) {

    public InputSpec {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
        features = List.copyOf(features);
    }

    /** A per-event input. */
    public InputSpec(
            String name,
            ElementType type,
            List<Long> shape,
            Optional<String> reference,
            Optional<String> rawReference,
            List<FeatureSpec> features) {
        this(name, type, shape, reference, rawReference, features, Optional.empty(), true, Optional.empty());
    }
}
