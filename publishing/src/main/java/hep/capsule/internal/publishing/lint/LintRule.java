package hep.capsule.internal.publishing.lint;

import java.util.List;

/**
 * One check of {@code capsule lint}, with a stable id ({@link RuleDescription#id()}). Rules are independent of each
 * other; {@link Linter} runs them all on the same material.
 */
public interface LintRule {

    RuleDescription description();

    /** Every finding of this rule on the material, in descriptor order. */
    List<LintFinding> check(LintMaterial material);

    /** A finding of this rule. */
    default LintFinding finding(String message, String fix, Location location) {
        return new LintFinding(description(), message, fix, location);
    }
}
