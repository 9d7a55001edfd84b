package hep.capsule.internal.schema.slha;

import java.util.List;
import java.util.Optional;

/**
 * {@code BLOCK NAME [Q= scale] [# comment]} and its entries.
 *
 * @param name the block's name as written (SLHA names are case-insensitive)
 * @param scale the renormalisation scale {@code Q=} of running parameters, when given
 * @param argument any other words of the header, e.g. the PDG code of {@code BLOCK QNUMBERS}, or empty
 * @param line 1-based line of the header
 */
public record SlhaBlock(
        String name, Optional<SlhaValue> scale, String argument, int line, String comment, List<SlhaEntry> entries) {
    public SlhaBlock {
        entries = List.copyOf(entries);
    }

    public boolean is(String blockName) {
        return name.equalsIgnoreCase(blockName);
    }
}
