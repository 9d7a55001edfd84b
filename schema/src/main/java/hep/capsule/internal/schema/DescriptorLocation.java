package hep.capsule.internal.schema;

/**
 * A place in a descriptor.
 *
 * @param file the descriptor's name as shown to the user, e.g. {@code capsule.yaml}
 * @param field the readable path, e.g. {@code models[0].inputs[0].features[3].unit}; empty for the whole descriptor
 * @param line 1-based line
 */
public record DescriptorLocation(String file, String field, int line) {}
