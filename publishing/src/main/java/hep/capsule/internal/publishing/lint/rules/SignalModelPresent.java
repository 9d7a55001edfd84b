package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.FileRole;
import java.util.List;

/** A capsule with working points (signal regions) attaches the signal model (an SLHA card) it was validated on. */
final class SignalModelPresent extends Rule {
    SignalModelPresent() {
        super(
                "validation-signal-model",
                Severity.WARNING,
                "A capsule with working points attaches its signal model (role signal_model).",
                "Les Houches guide: a reinterpretation checks itself against the analysis' own signal "
                        + "yields, which need the signal"
                        + " model (SLHA card) and the generator cards they were made with.",
                "Attach the SLHA card of a benchmark signal point under files with role signal_model, and "
                        + "its run cards.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        boolean workingPoints = Places.outputs(material.descriptor()).stream()
                .anyMatch(at -> !at.output().workingPoints().isEmpty());
        boolean signalModel = material.descriptor().files().stream().anyMatch(f -> f.role() == FileRole.SIGNAL_MODEL);
        return workingPoints && !signalModel
                ? List.of(finding(
                        "the capsule has working points but no signal_model file",
                        description().help(),
                        material.at(material.descriptor().files().isEmpty() ? "models" : "files")))
                : List.of();
    }
}
