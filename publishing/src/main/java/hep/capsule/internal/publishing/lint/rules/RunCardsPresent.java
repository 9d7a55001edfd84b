package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.FileRole;
import java.util.List;

/** A signal model comes with the run card it was generated with. */
final class RunCardsPresent extends Rule {
    RunCardsPresent() {
        super(
                "validation-run-cards",
                Severity.WARNING,
                "A capsule with a signal_model also attaches its run card (role run_card).",
                "Les Houches guide: the same SLHA card gives other events with another beam energy, PDF or "
                        + "generator cut.",
                "Attach the generator's run card (e.g. MadGraph's run_card.dat) under files with role run_card.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        boolean signalModel = material.descriptor().files().stream().anyMatch(f -> f.role() == FileRole.SIGNAL_MODEL);
        boolean runCard = material.descriptor().files().stream().anyMatch(f -> f.role() == FileRole.RUN_CARD);
        return signalModel && !runCard
                ? List.of(finding(
                        "a signal_model is attached but no run_card",
                        description().help(),
                        material.at("files")))
                : List.of();
    }
}
