package hep.capsule.schema.slha;

import java.util.List;

/**
 * A whole SLHA file, blocks and decay tables in file order.
 *
 * @param file the file's name as shown to the user
 */
public record SlhaDocument(String file, List<SlhaBlock> blocks, List<SlhaDecay> decays) {
    public SlhaDocument {
        blocks = List.copyOf(blocks);
        decays = List.copyOf(decays);
    }
}
