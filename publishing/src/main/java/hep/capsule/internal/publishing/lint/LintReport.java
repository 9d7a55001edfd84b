package hep.capsule.internal.publishing.lint;

import java.util.List;

/**
 * What {@code capsule lint} found.
 *
 * @param subject the descriptor or archive that was linted, as given
 * @param rules every rule that was run, in order
 * @param findings every finding, in rule order
 */
public record LintReport(String subject, List<RuleDescription> rules, List<LintFinding> findings) {

    public LintReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether the findings fail the check: any error, or with {@code strict} any warning. */
    public boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || strict && count(Severity.WARNING) > 0;
    }
}
