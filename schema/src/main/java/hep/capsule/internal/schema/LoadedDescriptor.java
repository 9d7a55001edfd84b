package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A validated descriptor.
 *
 * @param descriptor the descriptor as records
 * @param tree the descriptor as a JSON tree, numbers kept exactly as written (for canonical capsule.json)
 * @param missing every place still holding MISSING, in document order
 * @param lines where each field was written
 */
public record LoadedDescriptor(
        Descriptor descriptor, ObjectNode tree, List<MissingField> missing, DescriptorLines lines) {

    public LoadedDescriptor {
        missing = List.copyOf(missing);
    }

    /** True when a person still has to fill something in. */
    public boolean hasMissing() {
        return !missing.isEmpty();
    }
}
