package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.slha.SlhaDetection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every cutflow names its signal model as an SLHA card. That a cutflow names a file of role signal_model is a
 * descriptor rule (pack and lint refuse a descriptor that breaks it); what the descriptor allows is a signal model that
 * is a note, not a card: then the signal point cannot be generated again. A missing or unreadable card is
 * {@link SlhaCard}'s finding.
 */
final class CutflowSignalModel extends Rule {
    CutflowSignalModel() {
        super(
                "validation-cutflow-signal-model",
                Severity.WARNING,
                "Every cutflow names its signal model as an SLHA card.",
                "Les Houches guide: a cutflow can be reproduced only from the signal point it was made "
                        + "with; a note describing" + " the model does not give its masses and couplings.",
                "Attach the SLHA card of the cutflow's signal point under files with role signal_model, and "
                        + "name it in the" + " cutflow's signal_model.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        List<Cutflow> cutflows = material.descriptor().cutflows();
        for (int c = 0; c < cutflows.size(); c++) {
            Cutflow cutflow = cutflows.get(c);
            Optional<Path> file = material.file(cutflow.signalModel());
            if (file.isPresent() && !isSlha(file.get())) {
                findings.add(finding(
                        "cutflow " + cutflow.name() + ": its signal model " + cutflow.signalModel()
                                + " is no SLHA card, so the signal point cannot be generated again",
                        description().help(),
                        material.at("cutflows", c, "signal_model")));
            }
        }
        return findings;
    }

    private static boolean isSlha(Path file) {
        try {
            return SlhaDetection.isSlha(file);
        } catch (IOException e) {
            return true; // an unreadable card is SlhaCard's finding
        }
    }
}
