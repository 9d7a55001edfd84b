package hep.capsule.publishing.lint;

import hep.capsule.schema.DescriptorException;
import java.util.List;

/**
 * The rule every other rule stands on: the descriptor loads (its JSON Schema and the checks the schema
 * cannot express). When it does not, its problems are the only findings, as the other rules need it loaded.
 */
final class DescriptorValidity {
    static final RuleDescription RULE = new RuleDescription("descriptor-valid", Severity.ERROR,
            "The descriptor is valid against the descriptor schema and Capsule's semantic checks.",
            "Nothing can be packed, checked or exported from a descriptor that does not load.",
            "Fix each field named, as the message says; `capsule pack` reports the same problems.");

    private DescriptorValidity() {
    }

    /** @param shown the descriptor (or archive) as shown in locations */
    static List<LintFinding> findings(DescriptorException e, String shown) {
        return e.problems().stream().map(problem -> new LintFinding(RULE, problem.message(),
                "correct the field as described", new Location(shown, problem.field(), problem.line()))).toList();
    }
}
