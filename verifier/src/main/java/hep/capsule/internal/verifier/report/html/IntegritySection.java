package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckReport;
import hep.capsule.internal.verifier.report.SignatureReport;

/** The checks in the order they ran, with their findings, and every signature of the archive. */
final class IntegritySection implements HtmlSection {
    @Override
    public String title() {
        return "Integrity and signatures";
    }

    @Override
    public String id() {
        return "integrity";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        html.markup("<table class=\"checks\">\n").row("th", "check", "status", "findings");
        for (CheckReport check : archive.checks()) {
            html.markup("<tr class=\"" + check.status().name() + "\"><td>")
                    .text(check.check())
                    .markup("</td><td>")
                    .text(check.status())
                    .markup("</td><td>");
            check.findings()
                    .forEach(finding ->
                            html.markup("<div>").text(finding.shown()).markup("</div>"));
            html.markup("</td></tr>\n");
        }
        html.markup("</table>\n");
        if (archive.signatures().isEmpty()) {
            html.markup("<p>Signatures: none.</p>\n");
            return;
        }
        html.markup("<table class=\"signatures\">\n")
                .row(
                        "th",
                        "file",
                        "kind",
                        "status",
                        "signer",
                        "fingerprint",
                        "signed at",
                        "time-stamped",
                        "explanation");
        for (SignatureReport signature : archive.signatures()) {
            html.row(
                    "td",
                    signature.file(),
                    signature.kind(),
                    signature.status(),
                    signature.signer(),
                    signature.fingerprint(),
                    signature.signedAt(),
                    signature.timeStampedAt().isEmpty()
                            ? ""
                            : signature.timeStampedAt() + " by " + signature.timeStampAuthority(),
                    signature.explanation());
        }
        html.markup("</table>\n");
    }
}
