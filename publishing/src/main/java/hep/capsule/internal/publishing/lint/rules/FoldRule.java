package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.List;

/** Several original models need a fold rule saying which model serves which events. */
final class FoldRule extends Rule {
    FoldRule() {
        super(
                "models-fold-rule",
                Severity.ERROR,
                "Several (original) models come with a fold rule (folds).",
                "Les Houches guide: k-fold models are only usable with the rule that assigns events to folds.",
                "Add folds: {variable: event_number, modulus: K, assignments: [{remainder: R, model: ID}, ...]}.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        long originals =
                material.descriptor().models().stream().filter(m -> !m.isTwin()).count();
        return originals > 1 && material.descriptor().folds().isEmpty()
                ? List.of(finding(
                        originals + " models but no fold rule", description().help(), material.at("models")))
                : List.of();
    }
}
