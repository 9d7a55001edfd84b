package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A verification report as one self-contained HTML page: inline CSS and SVG, no script, and a content security policy
 * that lets the page fetch nothing. With several archives, a summary table links to each archive's section. Every text
 * that comes from an archive is escaped.
 */
public final class HtmlReport {
    /** Each archive's parts, in order. */
    private static final List<HtmlSection> SECTIONS = List.of(
            new VerdictSection(),
            new IntegritySection(),
            new OutputComparisonSection(),
            new CutflowSection(),
            new SignalModelSection(),
            new EnvironmentSection(),
            new PlotsSection());

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",sans-serif;margin:1.5em;color:#222;max-width:80em}
            table{border-collapse:collapse;margin:.5em 0;font-size:.9em}\
            th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .verdict{font-size:1.6em;font-weight:bold;padding:.2em .5em;display:inline-block}
            .REPRODUCED,.INTACT{background:#d9f2d9}.REPRODUCED_WITHIN_TOLERANCE{background:#fff2cc}
            .NOT_REPRODUCED,.INVALID{background:#f8d0d0}
            tr.FAILED,tr.differs{background:#f8d0d0}tr.SKIPPED{color:#888}tr.tolerated{background:#fff2cc}
            figure{display:inline-block;margin:.5em}figure svg,figure img{width:640px;max-width:100%;height:auto}
            section.archive{border-top:3px solid #444;margin-top:2em}
            """;

    private HtmlReport() {}

    public static byte[] write(VerificationReport report) {
        Html html = new Html();
        html.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src "
                        + "data:; style-src 'unsafe-inline'\">\n")
                .markup("<title>")
                .text("capsule verify: " + report.verdict())
                .markup("</title>\n<style>\n")
                .markup(STYLE)
                .markup("</style>\n</head>\n<body>\n")
                .markup("<h1>Capsule verification report</h1>\n<p>Verified by Capsule ")
                .text(report.capsuleVersion())
                .markup("; overall verdict <span class=\"verdict ")
                .markup(report.verdict().name())
                .markup("\" id=\"overall-verdict\">")
                .text(report.verdict())
                .markup("</span></p>\n");
        List<ArchiveReport> archives = report.archives();
        if (archives.size() > 1) {
            summary(archives, html);
        }
        for (int i = 0; i < archives.size(); i++) {
            archive(archives.get(i), "archive-" + (i + 1), html);
        }
        html.markup("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void summary(List<ArchiveReport> archives, Html html) {
        html.markup("<table class=\"summary\">\n").row("th", "archive", "capsule", "verdict", "why");
        for (int i = 0; i < archives.size(); i++) {
            ArchiveReport archive = archives.get(i);
            html.markup("<tr><td><a href=\"#archive-" + (i + 1) + "\">")
                    .text(archive.path())
                    .markup("</a></td><td>")
                    .text(archive.capsule())
                    .markup("</td><td class=\"" + archive.verdict().name() + "\">")
                    .text(archive.verdict())
                    .markup("</td><td>")
                    .text(archive.reason())
                    .markup("</td></tr>\n");
        }
        html.markup("</table>\n");
    }

    private static void archive(ArchiveReport archive, String anchor, Html html) {
        html.markup("<section class=\"archive\" id=\"" + anchor + "\">\n<h2>")
                .text(archive.path())
                .text(archive.capsule().isEmpty() ? "" : " (" + archive.capsule() + ")")
                .markup("</h2>\n");
        for (HtmlSection section : SECTIONS) {
            html.markup("<section class=\"part part-" + section.id() + "\" id=\"" + anchor + "-" + section.id()
                            + "\">\n<h3>")
                    .text(section.title())
                    .markup("</h3>\n");
            section.write(archive, anchor, html);
            html.markup("</section>\n");
        }
        html.markup("</section>\n");
    }
}
