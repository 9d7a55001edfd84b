package hep.capsule.internal.schema.slha;

import java.util.List;

/**
 * {@code XSECTION SQRTS A B NFINAL PDG1 ... PDGNFINAL [# comment]} (the SLHA cross-section block of the Les Houches
 * 2011 accord, arXiv:1203.1488) and its rows.
 *
 * @param sqrtS the centre-of-mass energy in GeV, as written
 * @param beams the PDG codes of the two beams
 * @param finalState the PDG codes of the final state
 * @param line 1-based line of the header
 */
public record SlhaCrossSection(
        int line, SlhaValue sqrtS, List<Integer> beams, List<Integer> finalState, String comment, List<Row> rows) {
    public SlhaCrossSection {
        beams = List.copyOf(beams);
        finalState = List.copyOf(finalState);
        rows = List.copyOf(rows);
    }

    /**
     * One row: {@code I_SCALE I_PDF I_ALPHAS I_QED I_EWK I_ORDER... XSEC CODE VERSION}.
     *
     * @param flags the leading integer flags (scale, PDF, alpha_s variations, QED and EW orders, ...)
     * @param crossSection the cross-section in pb, as written
     * @param code the program and version that computed it, as written
     */
    public record Row(int line, List<Integer> flags, SlhaValue crossSection, String code) {
        public Row {
            flags = List.copyOf(flags);
        }
    }
}
