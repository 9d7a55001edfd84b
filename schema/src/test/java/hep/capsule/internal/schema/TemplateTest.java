package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final String TEMPLATE = DescriptorTemplate.write(new TemplateModel(
            "models/OneLepton_4jets.onnx",
            ModelFormat.ONNX,
            null,
            List.of(new TemplateTensor("input:0", ElementType.FLOAT32, Arrays.asList(null, 3L), "data/ref.npy")),
            List.of(new TemplateTensor("output", ElementType.FLOAT32, Arrays.asList(null, 1L), null))));

    @Test
    void templateLoadsAndListsExactlyTheMissingFields() throws DescriptorException {
        LoadedDescriptor loaded = new DescriptorLoader().load(TEMPLATE, "capsule.yaml");

        List<String> fields = loaded.missing().stream().map(MissingField::field).toList();
        assertEquals(15 + 3 * 7 + 2, fields.size(), String.join("\n", fields));
        assertEquals(
                List.of(
                        "name",
                        "title",
                        "version",
                        "created",
                        "license",
                        "organization",
                        "analysis.name",
                        "analysis.experiment",
                        "analysis.arxiv",
                        "analysis.doi",
                        "analysis.hepdata",
                        "contacts[0].name",
                        "contacts[0].email",
                        "reference_data.origin",
                        "reference_data.description"),
                fields.subList(0, 15));
        assertTrue(fields.contains("models[0].inputs[0].features[2].valid_range"), fields.toString());
        assertEquals(
                List.of("models[0].outputs[0].meaning", "models[0].outputs[0].range"),
                fields.subList(fields.size() - 2, fields.size()));
        for (MissingField missing : loaded.missing()) {
            assertTrue(
                    TEMPLATE.lines().toList().get(missing.line() - 1).contains(": MISSING  # " + missing.hint()),
                    missing.toString());
            assertTrue(!missing.hint().isEmpty(), missing.toString());
        }
    }

    @Test
    void templateCarriesTheModelStructure() throws DescriptorException {
        Descriptor d = new DescriptorLoader().load(TEMPLATE, "capsule.yaml").descriptor();

        ModelSpec model = d.models().get(0);
        assertEquals("onelepton_4jets", model.id());
        assertEquals("models/OneLepton_4jets.onnx", model.file());
        assertEquals("input:0", model.inputs().get(0).name());
        assertEquals(3, model.inputs().get(0).features().size());
        assertTrue(model.inputs().get(0).features().get(0).normalisation().isEmpty());
        assertEquals("MISSING", model.inputs().get(0).features().get(0).unit());
        assertTrue(d.referenceData().origin().isEmpty());
    }

    @Test
    void missingUnitHintComesFromTheSchema() throws DescriptorException {
        LoadedDescriptor loaded = new DescriptorLoader().load(TEMPLATE, "capsule.yaml");
        MissingField unit = loaded.missing().stream()
                .filter(m -> m.field().equals("models[0].inputs[0].features[1].unit"))
                .findFirst()
                .orElseThrow();

        assertTrue(unit.hint().startsWith("the unit of the physical value: GeV, MeV"), unit.hint());
        assertEquals(Fixture.lineOf(TEMPLATE, "# feature_1:") + 3, unit.line());
    }
}
