package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Missing;
import java.util.List;

/** Every output says what its value means. */
final class OutputMeaning extends Rule {
    OutputMeaning() {
        super(
                "outputs-meaning",
                Severity.ERROR,
                "Every output has a meaning.",
                "Les Houches guide: a score without its meaning (which class, which transformation) cannot "
                        + "be cut on correctly.",
                "Write the output's meaning, e.g. \"sigmoid score, high for signal\".");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return Places.outputs(material.descriptor()).stream()
                .filter(at -> Missing.is(at.output().meaning()))
                .map(at -> finding(
                        "output " + at.output().name() + " of model "
                                + at.model().model().id() + " has no meaning",
                        description().help(),
                        material.at(at.path("meaning"))))
                .toList();
    }
}
