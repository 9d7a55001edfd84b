package hep.capsule.internal.publishing.lint;

/**
 * One thing lint found.
 *
 * @param rule the rule that found it
 * @param message what is wrong (or, for an info finding, what was recorded)
 * @param fix how to fix it
 * @param location where
 */
public record LintFinding(RuleDescription rule, String message, String fix, Location location) {

    public Severity severity() {
        return rule.severity();
    }

    /** E.g. {@code capsule.yaml:12 models[0].file: error [format-inference]: ... Fix: ...}. */
    @Override
    public String toString() {
        return location + ": " + severity().word() + " [" + rule.id() + "] " + message
                + (fix.isEmpty() ? "" : "\n    fix: " + fix);
    }
}
