package hep.capsule.internal.schema.slha;

import java.util.List;

/**
 * One data line of a block: its integer indices (none in BLOCK ALPHA, one in MASS, two in a mixing matrix) and its
 * value.
 *
 * @param line 1-based line in the file
 * @param comment the text after {@code #}, stripped, or empty
 */
public record SlhaEntry(int line, List<Integer> indices, SlhaValue value, String comment) {
    public SlhaEntry {
        indices = List.copyOf(indices);
    }

    /** The indices as written, separated by spaces, e.g. {@code 1000006} or {@code 1 2}. */
    public String indexText() {
        return String.join(" ", indices.stream().map(String::valueOf).toList());
    }
}
