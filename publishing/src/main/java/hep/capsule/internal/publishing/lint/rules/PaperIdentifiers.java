package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Analysis;
import hep.capsule.internal.schema.Missing;
import java.util.ArrayList;
import java.util.List;

/** The analysis is identified: arXiv id, DOI and HEPData (INSPIRE) record; each one missing is reported. */
final class PaperIdentifiers extends Rule {
    PaperIdentifiers() {
        super(
                "identity-paper",
                Severity.ERROR,
                "The analysis has its paper identifiers: arXiv, DOI and HEPData (INSPIRE) record.",
                "Les Houches guide: a model must be findable from its paper and the paper from the model; "
                        + "the exports link them.",
                "Fill in analysis.arxiv, analysis.doi and analysis.hepdata (e.g. ins1869040) once the paper has them.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        Analysis analysis = material.descriptor().analysis();
        List<LintFinding> findings = new ArrayList<>();
        String[][] identifiers = {{"arxiv", analysis.arxiv()}, {"doi", analysis.doi()}, {"hepdata", analysis.hepdata()}
        };
        for (String[] identifier : identifiers) {
            if (Missing.is(identifier[1])) {
                findings.add(finding(
                        "analysis." + identifier[0] + " is MISSING",
                        description().help(),
                        material.at("analysis", identifier[0])));
            }
        }
        return findings;
    }
}
