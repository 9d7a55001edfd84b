package hep.capsule.internal.publishing.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.schema.CapsuleVersion;

/**
 * {@code capsule lint --sarif}: a SARIF 2.1.0 log as GitHub and GitLab code scanning read it: one run, the tool's rules
 * with short and full descriptions and help, one result per finding with its level and its location relative to the
 * repository ({@code %SRCROOT%}) with a start line.
 */
public final class SarifLog {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifLog() {}

    public static ObjectNode of(LintReport report) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "capsule lint")
                .put("semanticVersion", semantic(CapsuleVersion.current()))
                .put("informationUri", "https://arxiv.org/abs/2312.14575");
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescription rule : report.rules()) {
            ObjectNode entry = rules.addObject().put("id", rule.id()).put("name", rule.id());
            entry.putObject("shortDescription").put("text", rule.summary());
            entry.putObject("fullDescription").put("text", rule.summary() + " " + rule.rationale());
            entry.putObject("help").put("text", rule.help());
            entry.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
        }
        ArrayNode results = run.putArray("results");
        for (LintFinding finding : report.findings()) {
            ObjectNode result = results.addObject()
                    .put("ruleId", finding.rule().id())
                    .put("ruleIndex", report.rules().indexOf(finding.rule()))
                    .put("level", finding.severity().sarifLevel());
            String text = finding.message()
                    + (finding.location().field().isEmpty()
                            ? ""
                            : " (" + finding.location().field() + ")")
                    + (finding.fix().isEmpty() ? "" : ". Fix: " + finding.fix());
            result.putObject("message").put("text", text);
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation")
                    .put("uri", finding.location().file())
                    .put("uriBaseId", "%SRCROOT%");
            physical.putObject("region")
                    .put("startLine", Math.max(1, finding.location().line()));
            if (!finding.location().field().isEmpty()) {
                location.putArray("logicalLocations")
                        .addObject()
                        .put("fullyQualifiedName", finding.location().field())
                        .put("kind", "member");
            }
        }
        return log;
    }

    /** The version in semantic-versioning form, as SARIF's semanticVersion wants it (e.g. 0.1.0-SNAPSHOT). */
    private static String semantic(String version) {
        return version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0+" + version.replaceAll("[^0-9A-Za-z.-]", "-");
    }
}
