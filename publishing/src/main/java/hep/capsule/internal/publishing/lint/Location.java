package hep.capsule.internal.publishing.lint;

/**
 * Where a finding is.
 *
 * @param file the file, as a path relative to the current directory (the repository) when it lies below it
 * @param field the descriptor field, e.g. {@code models[0].inputs[0].features[3].unit}; empty when the finding is about
 *     a file
 * @param line 1-based line in {@code file}, or 0 when no line applies
 */
public record Location(String file, String field, int line) {

    /** E.g. {@code capsule.yaml:12 models[0].file}. */
    @Override
    public String toString() {
        String place = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? place : place + " " + field;
    }
}
