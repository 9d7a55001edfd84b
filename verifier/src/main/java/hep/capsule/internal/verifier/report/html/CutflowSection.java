package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.schema.cutflow.StageYield;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ChangedEvent;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.StageReport;
import java.util.stream.Collectors;

/**
 * Each cutflow stage by stage, the recorded numbers beside the re-derived ones (main runtime and portable witness) in
 * full precision, their difference and the events whose passing changed; a stage that differs is marked.
 */
final class CutflowSection implements HtmlSection {
    @Override
    public String title() {
        return "Cutflows";
    }

    @Override
    public String id() {
        return "cutflows";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        if (archive.cutflows().isEmpty()) {
            html.markup("<p>The capsule carries no cutflow.</p>\n");
            return;
        }
        for (CutflowReport cutflow : archive.cutflows()) {
            html.markup("<h4>")
                    .text(cutflow.name())
                    .markup("</h4>\n<p>")
                    .text(
                            cutflow.source().equals("paper")
                                    ? "Published (source paper): shown, not re-derived."
                                    : cutflow.reproduced()
                                            ? "Re-derived from the reference events: as recorded."
                                            : "Re-derived from the reference events: DIFFERS.")
                    .markup(" Signal model: ")
                    .text(cutflow.signalModel())
                    .markup(".</p>\n");
            if (cutflow.description() != null && !cutflow.description().isEmpty()) {
                html.markup("<p>").text(cutflow.description()).markup("</p>\n");
            }
            html.markup("<table class=\"cutflow\" data-cutflow=\"")
                    .text(cutflow.name())
                    .markup("\">\n")
                    .row(
                            "th",
                            "stage",
                            "cut",
                            "recorded events",
                            "recorded weighted",
                            "re-derived events",
                            "re-derived weighted",
                            "portable witness",
                            "difference (events)",
                            "changed events");
            for (StageReport stage : cutflow.stages()) {
                html.markup(stage.reproduced() ? "<tr>" : "<tr class=\"differs\">")
                        .markup("<td>")
                        .text(stage.name())
                        .markup("</td><td>")
                        .text(stage.cut() == null ? "" : stage.cut())
                        .markup("</td>");
                number(html, stage.recordedEvents());
                weighted(html, stage.recordedWeighted());
                number(html, stage.rederivedEvents());
                weighted(html, stage.rederivedWeighted());
                html.markup("<td class=\"n\">")
                        .text(
                                stage.witnessEvents() == null
                                        ? ""
                                        : stage.witnessEvents() + " ("
                                                + StageYield.shortestDecimal(stage.witnessWeighted())
                                                        .toPlainString() + ")")
                        .markup("</td>");
                number(
                        html,
                        stage.rederived() && stage.rederivedEvents() != null && stage.recordedEvents() != null
                                ? stage.rederivedEvents() - stage.recordedEvents()
                                : null);
                html.markup("<td>").text(changed(stage)).markup("</td></tr>\n");
            }
            html.markup("</table>\n");
        }
    }

    private static void number(Html html, Long value) {
        html.markup("<td class=\"n\">").text(value == null ? "" : value).markup("</td>");
    }

    private static void weighted(Html html, Double value) {
        html.markup("<td class=\"n\">")
                .text(value == null ? "" : StageYield.shortestDecimal(value).toPlainString())
                .markup("</td>");
    }

    private static String changed(StageReport stage) {
        if (stage.changedCount() == 0) {
            return stage.rederived() ? "none" : "";
        }
        String shown = stage.changed().stream().map(ChangedEvent::text).collect(Collectors.joining("; "));
        return stage.changedCount() > stage.changed().size()
                ? shown + " and " + (stage.changedCount() - stage.changed().size()) + " more"
                : shown;
    }
}
