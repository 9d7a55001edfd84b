package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A descriptor read into a JSON tree, with the source line of every value so that problems can name
 * {@code capsule.yaml:LINE}.
 *
 * @param file the name shown to the user, e.g. {@code capsule.yaml}
 * @param root the tree
 * @param lines source line (1-based) by JSON pointer; for a mapping value, the line of its key
 */
record LocatedTree(String file, JsonNode root, Map<String, Integer> lines) {

    LocatedTree {
        lines = Map.copyOf(lines);
    }

    /** The line of the value at {@code path}, or of its nearest enclosing value that has one. */
    int lineOf(FieldPath path) {
        for (FieldPath at = path; ; at = at.parent()) {
            Integer line = lines.get(at.pointer());
            if (line != null) {
                return line;
            }
            if (at.isRoot()) {
                return 1;
            }
        }
    }

    JsonNode at(FieldPath path) {
        return root.at(path.pointer());
    }

    DescriptorProblem problem(FieldPath path, String message) {
        return new DescriptorProblem(file, lineOf(path), path.toString(), message);
    }
}
