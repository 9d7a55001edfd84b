package hep.capsule.internal.publishing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import hep.capsule.internal.publishing.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF log is valid against the official SARIF 2.1.0 schema and carries what code scanning needs. */
class SarifLogTest {
    private static final JsonSchema SARIF = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V4,
                    builder -> builder.schemaMappers(m -> m.mapPrefix(
                            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/", "classpath:schemas/sarif-2.1.0/")))
            .getSchema(SchemaLocation.of("classpath:schemas/sarif-2.1.0/sarif-schema-2.1.0.json"));

    @Test
    void theSusyExampleGivesAValidLogWithRulesLevelsAndLines() throws Exception {
        LintReport report = Linter.standard().lint(Example.SUSY.descriptor(), LintOptions.DEFAULT);
        ObjectNode log = SarifLog.of(report);
        assertEquals(
                List.of(), SARIF.validate(log).stream().map(Object::toString).toList());
        JsonNode run = log.path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(report.rules().size(), rules.size());
        for (JsonNode rule : rules) {
            assertTrue(
                    !rule.path("shortDescription").path("text").asText().isEmpty()
                            && !rule.path("fullDescription")
                                    .path("text")
                                    .asText()
                                    .isEmpty()
                            && !rule.path("help").path("text").asText().isEmpty(),
                    rule.toString());
        }
        JsonNode results = run.path("results");
        assertEquals(report.findings().size(), results.size());
        JsonNode card = results.path(2);
        assertEquals("validation-slha-card", card.path("ruleId").asText());
        assertEquals("error", card.path("level").asText());
        assertEquals(rules.path(card.path("ruleIndex").asInt()).path("id").asText(), "validation-slha-card");
        JsonNode physical = card.path("locations").path(0).path("physicalLocation");
        assertTrue(physical.path("artifactLocation")
                .path("uri")
                .asText()
                .endsWith("archive-examples/atlas-susy-2019-04-4jets/param_card.Gtt.slha"));
        assertEquals(93, physical.path("region").path("startLine").asInt());
        assertEquals("note", results.path(0).path("level").asText());
        assertEquals("warning", results.path(1).path("level").asText());
    }

    @Test
    void aBrokenLogIsCaughtByTheSchema() throws Exception {
        ObjectNode log = SarifLog.of(Linter.standard().lint(Example.SUSY.descriptor(), LintOptions.DEFAULT));
        ((ObjectNode) log.path("runs").path(0).path("results").path(0)).put("level", "fatal");
        assertEquals(1, SARIF.validate(log).size());
    }
}
