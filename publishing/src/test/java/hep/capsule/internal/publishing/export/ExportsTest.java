package hep.capsule.internal.publishing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.publishing.Example;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Zenodo and HEPData exports: only the capsule's own fields, valid against the copied schemas. */
class ExportsTest {
    @TempDir
    Path temp;

    private PackedCapsule pack(boolean withCitationFields) throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp.resolve("source"));
        if (withCitationFields) {
            Example.edit(
                    descriptor,
                    "    affiliation: CERN\n",
                    "    affiliation: CERN\n    family_name: Doe\n    given_names: Jane\n"
                            + "    orcid: 0000-0002-1825-0097\n");
            Example.edit(descriptor, "contacts:\n", "keywords: [ATLAS, triple Higgs, neural network]\ncontacts:\n");
        }
        Path archive = temp.resolve("higgs.capsule.tar.gz");
        Packager.pack(PackOptions.of(descriptor, archive));
        return PackedCapsule.read(archive);
    }

    @Test
    void anArchiveThatIsNotIntactIsNotExported() {
        Path altered = Path.of("../conformance/invalid/payload-changed.tar.gz");
        InvalidArchiveException e = assertThrows(InvalidArchiveException.class, () -> PackedCapsule.read(altered));
        assertEquals(FindingCode.PAYLOAD_CHECKSUM_MISMATCH, e.finding().code());
        assertEquals("data/models/tiny/tiny.onnx", e.finding().file());
    }

    @Test
    void zenodoMetadataHasEveryFieldFromTheCapsule() throws Exception {
        ObjectNode zenodo = ZenodoMetadata.of(pack(true).descriptor());
        assertEquals(List.of(), ExportSchemas.problems(ExportSchemas.zenodo(), zenodo));
        assertEquals("dataset", zenodo.path("upload_type").asText());
        assertEquals("1.0.0", zenodo.path("version").asText());
        assertEquals("CC-BY-4.0", zenodo.path("license").path("id").asText());
        JsonNode creator = zenodo.path("creators").path(0);
        assertEquals(
                List.of("Doe, Jane", "CERN", "0000-0002-1825-0097"),
                List.of(
                        creator.path("name").asText(),
                        creator.path("affiliation").asText(),
                        creator.path("orcid").asText()));
        assertEquals(
                "[\"ATLAS\",\"triple Higgs\",\"neural network\"]",
                zenodo.path("keywords").toString());
        assertEquals(
                "[{\"identifier\":\"10.1103/PhysRevD.111.032006\",\"relation\":\"isSupplementTo\",\"scheme\":\"doi\"},"
                        + "{\"identifier\":\"arXiv:2411.02040\",\"relation\":\"isSupplementTo\",\"scheme\":\"arxiv\"},"
                        + "{\"identifier\":\"https://www.hepdata.net/record/ins2845789\","
                        + "\"relation\":\"isDerivedFrom\",\"scheme\":\"url\"}]",
                zenodo.path("related_identifiers").toString());
    }

    @Test
    void zenodoNamesEveryDescriptorFieldToFillInsteadOfInventingValues() throws Exception {
        ExportException e = assertThrows(
                ExportException.class, () -> ZenodoMetadata.of(pack(false).descriptor()));
        assertTrue(e.getMessage().contains("contacts[0].family_name and contacts[0].given_names"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  keywords: "), e.getMessage());
    }

    @Test
    void zenodoTheSchemaCatchesAnUnknownLicence() {
        List<String> problems = ExportSchemas.problems(
                ExportSchemas.zenodo(), new ObjectMapper().createObjectNode().put("license", "MY-OWN-LICENCE"));
        assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.contains("license")), problems.toString());
        assertEquals(
                List.of(),
                ExportSchemas.problems(
                        ExportSchemas.zenodo(),
                        new ObjectMapper().createObjectNode().put("license", "CC-BY-4.0")));
        assertTrue(ZenodoMetadata.zenodoLicences().contains("CC-BY-4.0"));
    }

    @Test
    void hepDataSubmissionHoldsTheCapsuleAsAnAdditionalResource() throws Exception {
        HepDataSubmission submission = HepDataSubmission.of(pack(false).descriptor(), "higgs.capsule.tar.gz");
        List<JsonNode> documents;
        try (MappingIterator<JsonNode> read =
                new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(submission.toYaml())) {
            documents = read.readAll();
        }
        assertEquals(1, documents.size());
        assertEquals(
                List.of(),
                ExportSchemas.problems(ExportSchemas.hepdata("additional_info_schema.json"), documents.get(0)));
        JsonNode resource = documents.get(0).path("additional_resources").path(0);
        assertEquals("higgs.capsule.tar.gz", resource.path("location").asText());
        assertEquals("capsule", resource.path("type").asText());
        assertEquals(
                "{\"name\":\"CC-BY-4.0\",\"url\":\"https://spdx.org/licenses/CC-BY-4.0.html\"}",
                resource.path("license").toString());
        assertTrue(resource.path("description")
                .asText()
                .startsWith("Model capsule ATLAS-HIGP-2024-32-resDNN-even 1.0.0: "));
    }

    @Test
    void aCapsuleAboveHepDatasLimitNeedsAUrl() throws Exception {
        PackedCapsule small = pack(false);
        assertEquals("higgs.capsule.tar.gz", HepDataSubmission.location(small, java.util.Optional.empty()));
        PackedCapsule large =
                new PackedCapsule(small.archive(), small.descriptor(), HepDataSubmission.MAX_UPLOAD_BYTES + 1);
        ExportException e = assertThrows(
                ExportException.class, () -> HepDataSubmission.location(large, java.util.Optional.empty()));
        assertTrue(e.getMessage().contains("--location URL"), e.getMessage());
        assertEquals(
                "https://doi.org/10.5281/zenodo.1",
                HepDataSubmission.location(large, java.util.Optional.of("https://doi.org/10.5281/zenodo.1")));
    }

    @Test
    void eachCutflowIsAHepDataTableWithTheRecordedNumbers() throws Exception {
        Path archive = temp.resolve("susy.capsule.tar.gz");
        Packager.pack(PackOptions.of(Example.SUSY.copyTo(temp.resolve("susy")), archive));
        hep.capsule.internal.schema.Descriptor descriptor =
                PackedCapsule.read(archive).descriptor();
        hep.capsule.internal.schema.Cutflow cutflow = descriptor.cutflows().get(0);
        List<CutflowTable> tables = CutflowTable.of(descriptor);
        assertEquals(1, tables.size());
        CutflowTable table = tables.get(0);
        assertEquals(List.of(), ExportSchemas.problems(ExportSchemas.hepdata("data_schema.json"), table.data()));
        HepDataSubmission submission = HepDataSubmission.of(descriptor, "susy.capsule.tar.gz");
        submission.addTable(table.entry());
        assertEquals("cutflow_1.yaml", table.entry().path("data_file").asText());
        assertEquals("Cutflow SR-NN-4j", table.entry().path("name").asText());

        JsonNode data = table.data();
        assertEquals(
                cutflow.stages().stream()
                        .map(hep.capsule.internal.schema.CutflowStage::name)
                        .toList(),
                data.path("independent_variables").path(0).path("values").findValuesAsText("value"));
        JsonNode events = data.path("dependent_variables").path(0);
        JsonNode weighted = data.path("dependent_variables").path(1);
        assertEquals(
                List.of("events", "weighted yield"),
                List.of(
                        events.path("header").path("name").asText(),
                        weighted.path("header").path("name").asText()));
        for (int s = 0; s < cutflow.stages().size(); s++) {
            hep.capsule.internal.schema.CutflowStage stage = cutflow.stages().get(s);
            long n = stage.events().getAsLong();
            assertEquals(n, events.path("values").path(s).path("value").asLong());
            assertEquals(
                    new java.math.BigDecimal(Math.sqrt(n))
                            .round(new java.math.MathContext(6))
                            .stripTrailingZeros(),
                    events.path("values")
                            .path(s)
                            .path("errors")
                            .path(0)
                            .path("symerror")
                            .decimalValue()
                            .stripTrailingZeros());
            if (stage.weighted().isPresent()) {
                assertEquals(
                        stage.weighted().get(),
                        weighted.path("values").path(s).path("value").decimalValue());
            } else {
                assertEquals("-", weighted.path("values").path(s).path("value").asText());
            }
        }
        assertEquals(1000, events.path("values").path(0).path("value").asLong());
        assertEquals(
                "[{\"name\":\"SQRT(S)\",\"units\":\"GeV\",\"value\":13000},{\"name\":\"signal model\",\"value\":\""
                        + cutflow.signalModel()
                        + "\"},{\"name\":\"SLHA card\",\"value\":\"template, masses not set\"}]",
                events.path("qualifiers").toString());
    }

    @Test
    void hepDataRefusesATableThatBreaksItsSchema() throws Exception {
        HepDataSubmission submission = HepDataSubmission.of(pack(false).descriptor(), "higgs.capsule.tar.gz");
        ObjectNode table = new ObjectMapper()
                .createObjectNode()
                .put("name", "x".repeat(65))
                .put("description", "d")
                .put("data_file", "t.yaml");
        ExportException e = assertThrows(ExportException.class, () -> submission.addTable(table));
        assertTrue(
                e.getMessage().startsWith("document 2 of submission.yaml would break HEPData's submission_schema.json"),
                e.getMessage());
        assertEquals(
                1,
                new ObjectMapper(new YAMLFactory())
                        .readerFor(JsonNode.class)
                        .readValues(submission.toYaml())
                        .readAll()
                        .size());
    }
}
