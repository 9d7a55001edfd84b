package hep.capsule.internal.schema.slha;

import java.util.List;

/**
 * One row of a decay table: {@code BR NDA ID1 ... IDNDA}; NDA is the number of daughters.
 *
 * @param line 1-based line in the file
 */
public record SlhaDecayChannel(int line, SlhaValue branchingRatio, List<Integer> daughters, String comment) {
    public SlhaDecayChannel {
        daughters = List.copyOf(daughters);
    }
}
