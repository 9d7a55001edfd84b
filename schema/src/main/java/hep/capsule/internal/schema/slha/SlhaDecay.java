package hep.capsule.internal.schema.slha;

import java.util.List;

/**
 * {@code DECAY PDG WIDTH [# comment]} and its branching-ratio rows.
 *
 * @param line 1-based line of the header
 */
public record SlhaDecay(int line, int pdg, SlhaValue width, String comment, List<SlhaDecayChannel> channels) {
    public SlhaDecay {
        channels = List.copyOf(channels);
    }
}
