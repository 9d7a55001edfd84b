package hep.capsule.internal.schema.slha;

import java.util.List;

/**
 * A whole SLHA file (SLHA1, hep-ph/0311123, and SLHA2, arXiv:0801.0045), blocks, decay tables and {@code XSECTION}
 * blocks in file order.
 *
 * @param file the file's name as shown to the user
 */
public record SlhaDocument(
        String file, List<SlhaBlock> blocks, List<SlhaDecay> decays, List<SlhaCrossSection> crossSections) {
    public SlhaDocument {
        blocks = List.copyOf(blocks);
        decays = List.copyOf(decays);
        crossSections = List.copyOf(crossSections);
    }
}
