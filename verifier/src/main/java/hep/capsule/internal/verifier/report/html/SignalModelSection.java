package hep.capsule.internal.verifier.report.html;

import hep.capsule.internal.schema.facts.FactsText;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.verifier.report.ArchiveReport;

/** What packing read from the signal-model files and generator cards: masses, widths, decays, beams, PDF, processes. */
final class SignalModelSection implements HtmlSection {
    @Override
    public String title() {
        return "Signal model";
    }

    @Override
    public String id() {
        return "signal-model";
    }

    @Override
    public void write(ArchiveReport archive, String anchor, Html html) {
        if (archive.signalModelFacts().isEmpty()) {
            html.markup("<p>The capsule records no signal-model facts.</p>\n");
            return;
        }
        for (FileFacts facts : archive.signalModelFacts()) {
            html.markup("<pre class=\"facts\">");
            FactsText.lines(facts).forEach(line -> html.text(line).markup("\n"));
            html.markup("</pre>\n");
        }
    }
}
