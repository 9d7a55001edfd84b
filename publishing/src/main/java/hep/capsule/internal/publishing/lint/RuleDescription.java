package hep.capsule.internal.publishing.lint;

/**
 * What a lint rule is, for the documentation, the text and JSON output and SARIF's rule list.
 *
 * @param id the stable identifier, e.g. {@code inputs-valid-range}; never reused for another meaning
 * @param severity the severity of every finding of the rule
 * @param summary one line: what the rule requires
 * @param rationale why (the Les Houches guide to reusable ML models, arXiv:2312.14575, or what breaks otherwise)
 * @param help how to satisfy the rule in general
 */
public record RuleDescription(String id, Severity severity, String summary, String rationale, String help) {}
