package hep.capsule.internal.schema;

/**
 * A place in a descriptor that still holds {@code MISSING}.
 *
 * @param field readable path, e.g. {@code analysis.doi}
 * @param line 1-based line in the descriptor
 * @param hint what belongs there
 */
public record MissingField(String field, int line, String hint) {}
