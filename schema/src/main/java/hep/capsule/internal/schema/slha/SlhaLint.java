package hep.capsule.internal.schema.slha;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the values of a card that should be numbers but are not, as in a template whose placeholders ({@code MSTOP}) a
 * scan script replaces before event generation. Only the information blocks SPINFO and DCINFO hold text.
 */
public final class SlhaLint {
    private static final Set<String> TEXT_BLOCKS = Set.of("SPINFO", "DCINFO");

    private SlhaLint() {}

    /** Every non-numeric value, in line order. */
    public static List<SlhaProblem> check(SlhaDocument card) {
        List<SlhaProblem> findings = new ArrayList<>();
        for (SlhaBlock block : card.blocks()) {
            String name = "BLOCK " + block.name();
            block.scale()
                    .filter(q -> !q.isNumber())
                    .ifPresent(q -> findings.add(notANumber(card, block.line(), name + " scale Q=", q, "scales")));
            if (TEXT_BLOCKS.contains(block.name().toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            String what = block.is("MASS") ? "masses" : "values";
            for (SlhaEntry entry : block.entries()) {
                if (!entry.value().isNumber()) {
                    String label = entry.indices().isEmpty() ? name + " value" : name + " entry " + entry.indexText();
                    findings.add(notANumber(card, entry.line(), label, entry.value(), what));
                }
            }
        }
        for (SlhaDecay decay : card.decays()) {
            String name = "DECAY " + decay.pdg();
            if (!decay.width().isNumber()) {
                findings.add(notANumber(card, decay.line(), name + " width", decay.width(), "widths"));
            }
            for (SlhaDecayChannel channel : decay.channels()) {
                if (!channel.branchingRatio().isNumber()) {
                    findings.add(notANumber(
                            card,
                            channel.line(),
                            name + " branching ratio to "
                                    + String.join(
                                            " ",
                                            channel.daughters().stream()
                                                    .map(String::valueOf)
                                                    .toList()),
                            channel.branchingRatio(),
                            "branching ratios"));
                }
            }
        }
        findings.sort(Comparator.comparingInt(SlhaProblem::line));
        return List.copyOf(findings);
    }

    private static SlhaProblem notANumber(SlhaDocument card, int line, String label, SlhaValue value, String what) {
        return new SlhaProblem(
                card.file(),
                line,
                label + " is \"" + value.text() + "\", not a number: this card is a template; fill in the " + what
                        + " before using it as the signal model");
    }
}
