package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.plots.HistogramPlot;
import hep.capsule.internal.plots.PlotFontException;
import hep.capsule.internal.plots.SvgPlots;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.OutputDistribution;
import hep.capsule.internal.verifier.report.StoredPlot;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The plots: each output's re-executed distribution drawn over the packed one (drawn here, inline SVG), then the plots
 * the archive carries. Those come from the archive and are untrusted, so they are shown as images of {@code data:}
 * URLs, where a browser runs no script and fetches nothing.
 */
final class PlotsSection implements HtmlSection {
    @Override
    public String title() {
        return "Plots";
    }

    @Override
    public String id() {
        return "plots";
    }

    /** The plot, or what stops Java drawing it. */
    private static String svg(HistogramPlot plot, String idPrefix) {
        try {
            return SvgPlots.element(plot, idPrefix);
        } catch (PlotFontException e) {
            return "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>";
        }
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        if (archive.distributions().isEmpty() && archive.plots().isEmpty()) {
            html.markup("<p>No plots: nothing was re-executed, and the report carries no plot of the archive.</p>\n");
            return;
        }
        int number = 0;
        for (OutputDistribution distribution : archive.distributions()) {
            HistogramPlot plot = new HistogramPlot(
                    distribution.model() + " / output " + distribution.label() + ": packed and re-executed",
                    distribution.label() + " (model output)",
                    "events",
                    distribution.series(),
                    distribution.workingPoints(),
                    distribution.notes());
            html.markup("<figure class=\"overlay\">")
                    .markup(svg(plot, anchor + "-overlay-" + number++ + "-"))
                    .markup("<figcaption>")
                    .text(distribution.model() + " / " + distribution.label()
                            + ": the re-executed distribution (line) over the packed one (bars)")
                    .markup("</figcaption></figure>\n");
        }
        List<StoredPlot> plots = archive.plots();
        if (!plots.isEmpty()) {
            html.markup("<h4>Plots drawn at packing (from the archive)</h4>\n");
        }
        for (StoredPlot plot : plots) {
            String data = Base64.getEncoder().encodeToString(plot.svg().getBytes(StandardCharsets.UTF_8));
            html.markup("<figure class=\"stored\"><img alt=\"")
                    .text(plot.file())
                    .markup("\" src=\"data:image/svg+xml;base64,")
                    .markup(data)
                    .markup("\"><figcaption>")
                    .text(plot.file())
                    .markup("</figcaption></figure>\n");
        }
    }
}
