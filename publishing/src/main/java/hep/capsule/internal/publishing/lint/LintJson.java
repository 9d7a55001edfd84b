package hep.capsule.internal.publishing.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code capsule lint --json}: the rules run and every finding with its rule, severity, location and fix. */
public final class LintJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LintJson() {}

    public static ObjectNode of(LintReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("subject", report.subject());
        ObjectNode counts = root.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.word(), report.count(severity));
        }
        ArrayNode findings = root.putArray("findings");
        for (LintFinding f : report.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("rule", f.rule().id())
                    .put("severity", f.severity().word())
                    .put("message", f.message())
                    .put("fix", f.fix());
            finding.putObject("location")
                    .put("file", f.location().file())
                    .put("field", f.location().field())
                    .put("line", f.location().line());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleDescription rule : report.rules()) {
            rules.addObject()
                    .put("id", rule.id())
                    .put("severity", rule.severity().word())
                    .put("summary", rule.summary())
                    .put("rationale", rule.rationale())
                    .put("help", rule.help());
        }
        return root;
    }
}
