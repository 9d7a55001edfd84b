package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every feature has a description, unit, normalisation (or none), padding (or none), NaN policy, angle convention for
 * angles and valid range.
 */
final class FeatureSpecified extends Rule {
    private static final Pattern FEATURE_FIELD =
            Pattern.compile("^models\\[\\d+\\]\\.inputs\\[\\d+\\]\\.features\\[\\d+\\]\\.(.*)$");

    FeatureSpecified() {
        super(
                "inputs-feature-specified",
                Severity.ERROR,
                "Every feature has a description, a unit, an explicit normalisation (or none), a padding or "
                        + "default value (or none),"
                        + " a NaN policy, an angle convention when it is an angle, and a valid range.",
                "Les Houches guide: without each of these a reimplementation feeds the model different "
                        + "numbers and nobody notices.",
                "Fill in the field; write none where there is no normalisation or no padding.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return material.loaded().missing().stream()
                .filter(m -> FEATURE_FIELD.matcher(m.field()).matches())
                .map(m ->
                        finding(m.field() + " is MISSING", m.hint(), material.at(DescriptorComplete.steps(m.field()))))
                .toList();
    }
}
