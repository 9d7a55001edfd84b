package hep.capsule.internal.schema.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of an SLHA card.
 *
 * @param slhaVersion SLHA2 when a block only SLHA2 defines is present, else SLHA1
 * @param template whether values that must be numbers are placeholders (a scan template)
 * @param status "template, masses not set" or "masses set"
 * @param placeholders the placeholder texts, in line order
 * @param newParticles the particles with |PDG| > 1000000 of BLOCK MASS, in file order
 * @param crossSections the XSECTION blocks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlhaFacts(
        String slhaVersion,
        boolean template,
        String status,
        List<String> placeholders,
        List<Particle> newParticles,
        List<CrossSection> crossSections) {

    public SlhaFacts {
        placeholders = List.copyOf(placeholders);
        newParticles = List.copyOf(newParticles);
        crossSections = List.copyOf(crossSections);
    }

    /**
     * @param name the name from the MASS entry's comment, e.g. ~t_1 (empty when there is none)
     * @param mass the mass in GeV as written (a placeholder in a template)
     * @param massGev the mass as a number, or null when it is a placeholder
     * @param width the total width in GeV from its DECAY table, or null without one
     * @param leadingDecays the largest branching ratios (at most five), largest first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Particle(
            int pdg, String name, String mass, BigDecimal massGev, BigDecimal width, List<Decay> leadingDecays) {
        public Particle {
            leadingDecays = List.copyOf(leadingDecays);
        }
    }

    /** @param comment the row's comment, e.g. {@code BR(~t_1 -> ~chi_10 t )} */
    public record Decay(BigDecimal branchingRatio, List<Integer> daughters, String comment) {
        public Decay {
            daughters = List.copyOf(daughters);
        }
    }

    /**
     * @param sqrtS the centre-of-mass energy in GeV
     * @param crossSection the cross-section in pb of the first row (the central value)
     * @param code the program that computed it
     */
    public record CrossSection(
            BigDecimal sqrtS,
            List<Integer> beams,
            List<Integer> finalState,
            BigDecimal crossSection,
            String code,
            String comment) {
        public CrossSection {
            beams = List.copyOf(beams);
            finalState = List.copyOf(finalState);
        }
    }
}
