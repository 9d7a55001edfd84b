package hep.capsule.internal.schema.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The facts as lines of text, for {@code inspect} and the text report. */
public final class FactsText {
    private FactsText() {}

    public static List<String> lines(FileFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.slha() != null) {
            SlhaFacts slha = facts.slha();
            lines.add(facts.file() + " (" + slha.slhaVersion() + "): " + slha.status()
                    + (slha.placeholders().isEmpty()
                            ? ""
                            : " (placeholders " + String.join(", ", slha.placeholders()) + ")"));
            for (SlhaFacts.Particle p : slha.newParticles()) {
                if (shown(p)) {
                    lines.add("  " + p.pdg() + (p.name().isEmpty() ? "" : " " + p.name()) + ": mass " + p.mass()
                            + (p.massGev() == null ? " (not set)" : " GeV")
                            + (p.width() == null ? "" : ", width " + plain(p.width()) + " GeV")
                            + (p.leadingDecays().isEmpty()
                                    ? ""
                                    : "; "
                                            + p.leadingDecays().stream()
                                                    .limit(SHOWN_DECAYS)
                                                    .map(d -> "BR " + plain(d.branchingRatio()) + " to "
                                                            + d.daughters().stream()
                                                                    .map(String::valueOf)
                                                                    .collect(Collectors.joining(" ")))
                                                    .collect(Collectors.joining(", "))));
                }
            }
            long others = slha.newParticles().stream().filter(p -> !shown(p)).count();
            if (others > 0) {
                lines.add("  " + others + " more new particles at " + DECOUPLED_GEV
                        + " GeV or above (decoupled), listed in capsule.json");
            }
            slha.crossSections()
                    .forEach(x -> lines.add("  cross-section " + plain(x.crossSection()) + " pb at sqrt(s) = "
                            + plain(x.sqrtS()) + " GeV for " + x.finalState()
                            + (x.code().isEmpty() ? "" : " (" + x.code() + ")")));
            return lines;
        }
        GeneratorFacts g = facts.generator();
        List<String> parts = new ArrayList<>();
        if (g.beamEnergy1() != null && g.beamEnergy2() != null) {
            parts.add("beams " + plain(g.beamEnergy1()) + " + " + plain(g.beamEnergy2()) + " GeV");
        }
        if (g.sqrtS() != null) {
            parts.add("sqrt(s) = " + plain(g.sqrtS()) + " GeV");
        }
        if (g.events() != null) {
            parts.add(g.events() + " events");
        }
        if (g.pdf() != null) {
            parts.add("PDF " + g.pdf() + (g.lhaid() == null ? "" : " (lhaid " + g.lhaid() + ")"));
        }
        if (g.seed() != null) {
            parts.add("seed " + g.seed());
        }
        lines.add(facts.file() + " (" + g.generator() + (g.version() == null ? "" : " " + g.version()) + ")"
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        g.models().forEach(m -> lines.add("  import model " + m));
        g.processes().forEach(p -> lines.add("  " + p));
        return lines;
    }

    /** A particle at or above this mass is decoupled: counted, not listed, in text. */
    private static final BigDecimal DECOUPLED_GEV = BigDecimal.valueOf(10000);

    private static final int SHOWN_DECAYS = 3;

    private static boolean shown(SlhaFacts.Particle p) {
        return p.massGev() == null || p.massGev().abs().compareTo(DECOUPLED_GEV) < 0;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString().length() > 14 ? value.toString() : value.toPlainString();
    }
}
