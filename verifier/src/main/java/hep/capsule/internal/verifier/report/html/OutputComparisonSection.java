package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.verifier.compare.ComparisonResult;
import hep.capsule.internal.verifier.compare.CutChanges;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.OutputReport;
import java.util.stream.Collectors;

/**
 * Each recomputed tensor against the stored one: elements, bit-identical ones, largest ULP distance and absolute
 * difference, the first and the largest difference, and the decisions changed at each working point.
 */
final class OutputComparisonSection implements HtmlSection {
    @Override
    public String title() {
        return "Outputs";
    }

    @Override
    public String id() {
        return "outputs";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        if (archive.outputs().isEmpty()) {
            html.markup("<p>Nothing was re-executed.</p>\n");
            return;
        }
        html.markup("<table class=\"outputs\">\n")
                .row(
                        "th",
                        "model",
                        "compared",
                        "type",
                        "elements",
                        "bit-identical",
                        "largest ULP distance",
                        "largest |difference|",
                        "first difference",
                        "largest difference",
                        "NaN mismatches",
                        "acceptable",
                        "working points");
        for (OutputReport output : archive.outputs()) {
            ComparisonResult c = output.comparison();
            html.markup("<tr class=\"" + (c.isBitExact() ? "exact" : output.withinTolerance() ? "tolerated" : "differs")
                    + "\">");
            html.markup("<td>")
                    .text(output.model())
                    .markup("</td><td>")
                    .text(output.label())
                    .markup("</td><td>")
                    .text(output.type())
                    .markup("</td><td class=\"n\">")
                    .text(c.elements())
                    .markup("</td><td class=\"n\">")
                    .text(c.bitIdentical())
                    .markup("</td><td class=\"n\">")
                    .text(c.maxUlp())
                    .markup("</td><td class=\"n\">")
                    .text(c.maxAbsolute())
                    .markup("</td><td>")
                    .text(difference(c.firstDifference()))
                    .markup("</td><td>")
                    .text(difference(c.largestDifference()))
                    .markup("</td><td class=\"n\">")
                    .text(c.nanMismatches())
                    .markup("</td><td>")
                    .text(c.isBitExact() ? "bit-identical" : output.withinTolerance() ? "yes" : "no")
                    .markup("</td><td>")
                    .text(c.cutChanges().stream()
                            .map(OutputComparisonSection::cut)
                            .collect(Collectors.joining("; ")))
                    .markup("</td></tr>\n");
        }
        html.markup("</table>\n");
    }

    private static String difference(ComparisonResult.FirstDifference difference) {
        return difference == null
                ? "none"
                : "element " + difference.index() + ": stored " + difference.stored() + ", recomputed "
                        + difference.recomputed();
    }

    private static String cut(CutChanges cut) {
        return cut.cut() + " (" + cut.description() + "): "
                + (cut.changedDecisions() == 0
                        ? "no decision changed"
                        : cut.changedDecisions() + " decisions changed, first at element " + cut.firstChangedIndex());
    }
}
