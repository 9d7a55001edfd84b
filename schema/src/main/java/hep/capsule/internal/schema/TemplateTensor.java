package hep.capsule.internal.schema;

import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A model input or output as {@code capsule init} reads it from the model file.
 *
 * @param shape dimensions, outermost first; a {@code null} entry is a dynamic axis
 * @param referenceFile the reference NPY for an input (relative to capsule.yaml); {@code null} for an output
 * @param features for an input, the elements of its last axis as the model file names them; empty when the file does
 *     not name them
 * @param note facts the model file gives about this tensor, written as a comment, or {@code null}
 * @param wholeBecause why the tensor seems to have no event axis (it is then proposed with {@code per_event: false}),
 *     or {@code null} for a per-event tensor
 */
public record TemplateTensor(
        String name,
        ElementType type,
        List<Long> shape,
        String referenceFile,
        List<TemplateFeature> features,
        String note,
        String wholeBecause) {

    public TemplateTensor {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
        features = List.copyOf(features);
    }

    public TemplateTensor(
            String name,
            ElementType type,
            List<Long> shape,
            String referenceFile,
            List<TemplateFeature> features,
            String note) {
        this(name, type, shape, referenceFile, features, note, null);
    }

    /** A tensor whose model file says nothing beyond its name, type and shape. */
    public TemplateTensor(String name, ElementType type, List<Long> shape, String referenceFile) {
        this(name, type, shape, referenceFile, List.of(), null);
    }
}
