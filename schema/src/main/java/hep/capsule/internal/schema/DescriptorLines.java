package hep.capsule.internal.schema;

/**
 * Where the values of a loaded descriptor were written: the source line of any field, so that a finding about a valid
 * descriptor (lint, an export) can name {@code capsule.yaml:LINE} and the field as the descriptor's own checks do.
 */
public final class DescriptorLines {
    private final LocatedTree tree;

    DescriptorLines(LocatedTree tree) {
        this.tree = tree;
    }

    /** The descriptor's name as shown to the user, e.g. {@code capsule.yaml}. */
    public String file() {
        return tree.file();
    }

    /**
     * @param steps the field's path, each step a key ({@link String}) or a list position ({@link Integer}), e.g.
     *     {@code "models", 0, "inputs", 0, "features", 3, "unit"}
     * @return the field's readable path and the line of the field, or of its nearest enclosing field that is written (a
     *     field not written at all is reported at its parent)
     */
    public DescriptorLocation locate(Object... steps) {
        FieldPath path = FieldPath.ROOT;
        for (Object step : steps) {
            path = step instanceof Integer index ? path.index(index) : path.key((String) step);
        }
        return new DescriptorLocation(tree.file(), path.isRoot() ? "" : path.toString(), tree.lineOf(path));
    }
}
