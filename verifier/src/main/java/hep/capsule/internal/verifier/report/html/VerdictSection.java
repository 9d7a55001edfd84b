package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.verifier.report.ArchiveReport;

/** The verdict, why, and how long the verification took. */
final class VerdictSection implements HtmlSection {
    @Override
    public String title() {
        return "Verdict";
    }

    @Override
    public String id() {
        return "verdict";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        html.markup("<p class=\"verdict " + archive.verdict().name() + "\" data-verdict=\""
                        + archive.verdict().name() + "\">")
                .text(archive.verdict().name())
                .markup("</p>\n<p class=\"reason\">")
                .text(archive.reason())
                .markup("</p>\n");
        if (archive.draft()) {
            html.markup("<p class=\"draft\">DRAFT: this capsule says it is unfinished; some of its fields are "
                    + "MISSING.</p>\n");
        }
        html.markup("<p>")
                .text(String.format(java.util.Locale.ROOT, "Verified in %.1f s.", archive.seconds()))
                .markup("</p>\n");
    }
}
