package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A feature named like an angle (phi, theta, angle) has unit rad, so that its angle convention is stated. */
final class AngleUnit extends Rule {
    private static final Pattern ANGLE = Pattern.compile("(^|[^a-z])(d?phi|theta|angle)([^a-z]|$)|phi$");

    AngleUnit() {
        super(
                "inputs-angle-unit",
                Severity.WARNING,
                "A feature named like an angle (phi, theta, angle) has unit rad and an angle convention.",
                "Les Houches guide: an azimuth in [-pi, pi] and one in [0, 2pi] differ for half the events; "
                        + "only an angle in rad" + " carries the descriptor's angle_convention.",
                "Set unit: rad and angle_convention: \"-pi..pi\" or \"0..2pi\"; if the feature is not an "
                        + "angle, ignore this warning.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return Places.features(material.descriptor()).stream()
                .filter(at -> ANGLE.matcher(at.feature().name().toLowerCase(Locale.ROOT))
                                .find()
                        && !at.feature().unit().equals("rad")
                        && !hep.capsule.internal.schema.Missing.is(at.feature().unit()))
                .map(at -> finding(
                        "feature " + at.feature().name() + " looks like an angle but its unit is "
                                + at.feature().unit(),
                        description().help(),
                        material.at(at.path("unit"))))
                .toList();
    }
}
