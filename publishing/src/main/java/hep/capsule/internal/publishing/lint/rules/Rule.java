package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintRule;
import hep.capsule.internal.publishing.lint.RuleDescription;
import hep.capsule.internal.publishing.lint.Severity;

/** The common part of Capsule's rules: each has one fixed description. */
abstract class Rule implements LintRule {
    private final RuleDescription description;

    Rule(String id, Severity severity, String summary, String rationale, String help) {
        this.description = new RuleDescription(id, severity, summary, rationale, help);
    }

    @Override
    public final RuleDescription description() {
        return description;
    }
}
