package hep.capsule.internal.schema;

/**
 * One thing wrong with a descriptor.
 *
 * @param file the descriptor's name as shown to the user, e.g. {@code capsule.yaml}
 * @param line 1-based line, or 0 when the problem concerns the file as a whole
 * @param field the readable path of the field, e.g. {@code models[0].inputs[0].features[3].unit}, or empty
 * @param message what is expected and what was found
 */
public record DescriptorProblem(String file, int line, String field, String message) {

    /** E.g. {@code capsule.yaml:12: models[0].file: expected ... but found ...}. */
    @Override
    public String toString() {
        String place = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? place + ": " + message : place + ": " + field + ": " + message;
    }
}
