package hep.capsule.internal.schema.facts;

import hep.capsule.internal.schema.slha.SlhaBlock;
import hep.capsule.internal.schema.slha.SlhaCrossSection;
import hep.capsule.internal.schema.slha.SlhaDecay;
import hep.capsule.internal.schema.slha.SlhaDecayChannel;
import hep.capsule.internal.schema.slha.SlhaDocument;
import hep.capsule.internal.schema.slha.SlhaEntry;
import hep.capsule.internal.schema.slha.SlhaLint;
import hep.capsule.internal.schema.slha.SlhaValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the {@link SlhaFacts} of a parsed SLHA card. */
public final class SlhaFactsReader {
    /** New particles: |PDG| above this (SUSY partners 1000001..., 2000001..., and other BSM states). */
    private static final int NEW_PARTICLE = 1_000_000;

    private static final int LEADING_DECAYS = 5;
    /** Blocks that only SLHA2 (arXiv:0801.0045) defines: flavour violation, CP violation, R-parity violation, NMSSM. */
    private static final Set<String> SLHA2_BLOCKS = Set.of(
            "VCKMIN",
            "UPMNSIN",
            "MSQ2IN",
            "MSU2IN",
            "MSD2IN",
            "MSL2IN",
            "MSE2IN",
            "TUIN",
            "TDIN",
            "TEIN",
            "VCKM",
            "IMVCKM",
            "UPMNS",
            "IMUPMNS",
            "MSQ2",
            "MSU2",
            "MSD2",
            "MSL2",
            "MSE2",
            "TU",
            "TD",
            "TE",
            "IMTU",
            "IMTD",
            "IMTE",
            "USQMIX",
            "DSQMIX",
            "SELMIX",
            "SNUMIX",
            "SNSMIX",
            "SNAMIX",
            "IMUSQMIX",
            "IMDSQMIX",
            "IMSELMIX",
            "RVLAMLLE",
            "RVLAMLQD",
            "RVLAMUDD",
            "RVKAPPA",
            "RVD",
            "RVSNVEV",
            "RVNMIX",
            "RVUMIX",
            "RVVMIX",
            "RVHMIX",
            "RVAMIX",
            "RVLMIX",
            "QEXTPAR",
            "NMSSMRUN",
            "NMHMIX",
            "NMAMIX",
            "NMNMIX",
            "IMNMIX",
            "IMUMIX",
            "IMVMIX",
            "IMMINPAR",
            "IMEXTPAR");

    private SlhaFactsReader() {}

    public static SlhaFacts of(SlhaDocument card) {
        boolean slha2 = card.blocks().stream()
                .anyMatch(b -> SLHA2_BLOCKS.contains(b.name().toUpperCase(Locale.ROOT)));
        List<String> placeholders = new ArrayList<>();
        List<SlhaFacts.Particle> particles = new ArrayList<>();
        for (SlhaBlock block : card.blocks()) {
            if (!block.is("MASS")) {
                continue;
            }
            for (SlhaEntry entry : block.entries()) {
                if (!entry.value().isNumber()) {
                    placeholders.add(entry.value().text());
                }
                if (entry.indices().size() == 1
                        && Math.abs((long) entry.indices().get(0)) > NEW_PARTICLE) {
                    particles.add(particle(card, entry));
                }
            }
        }
        boolean template = !SlhaLint.check(card).isEmpty();
        String status = template
                ? (placeholders.isEmpty() ? "template, values not set" : "template, masses not set")
                : "masses set";
        List<SlhaFacts.CrossSection> crossSections = card.crossSections().stream()
                .filter(x -> !x.rows().isEmpty())
                .map(SlhaFactsReader::crossSection)
                .toList();
        return new SlhaFacts(slha2 ? "SLHA2" : "SLHA1", template, status, placeholders, particles, crossSections);
    }

    private static SlhaFacts.Particle particle(SlhaDocument card, SlhaEntry entry) {
        int pdg = entry.indices().get(0);
        SlhaDecay decay =
                card.decays().stream().filter(d -> d.pdg() == pdg).findFirst().orElse(null);
        List<SlhaFacts.Decay> leading = new ArrayList<>();
        if (decay != null) {
            decay.channels().stream()
                    .filter(c -> c.branchingRatio().isNumber()
                            && number(c.branchingRatio()).signum() > 0)
                    .sorted(Comparator.comparing((SlhaDecayChannel c) -> number(c.branchingRatio()))
                            .reversed())
                    .limit(LEADING_DECAYS)
                    .forEach(c ->
                            leading.add(new SlhaFacts.Decay(number(c.branchingRatio()), c.daughters(), c.comment())));
        }
        return new SlhaFacts.Particle(
                pdg,
                entry.comment(),
                entry.value().text(),
                entry.value().isNumber() ? number(entry.value()) : null,
                decay != null && decay.width().isNumber() ? number(decay.width()) : null,
                leading);
    }

    private static SlhaFacts.CrossSection crossSection(SlhaCrossSection x) {
        SlhaCrossSection.Row central = x.rows().get(0);
        return new SlhaFacts.CrossSection(
                number(x.sqrtS()),
                x.beams(),
                x.finalState(),
                number(central.crossSection()),
                central.code(),
                x.comment());
    }

    /** The number exactly as written (Fortran D exponents read as E). */
    static BigDecimal number(SlhaValue value) {
        return new BigDecimal(value.text().replace('d', 'e').replace('D', 'e'));
    }
}
