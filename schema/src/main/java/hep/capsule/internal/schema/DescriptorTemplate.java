package hep.capsule.internal.schema;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the starting capsule.yaml for {@code capsule init}: the structure read from the model filled in, every value a
 * person must write set to MISSING with a comment saying what belongs there (taken from the schema's descriptions). The
 * result loads with {@link DescriptorLoader}, which then lists exactly those MISSING places.
 */
public final class DescriptorTemplate {

    private static final int FORMAT_VERSION = 1;

    private final DescriptorFormat format = DescriptorFormats.get(FORMAT_VERSION);
    private final StringBuilder yaml = new StringBuilder();

    private DescriptorTemplate() {}

    /** The capsule.yaml template of {@code model}, whose inputs must each name a reference NPY file. */
    public static String write(TemplateModel model) {
        for (TemplateTensor input : model.inputs()) {
            if (input.referenceFile() == null) {
                throw new IllegalArgumentException("input " + input.name() + " needs a reference NPY file");
            }
        }
        return new DescriptorTemplate().descriptor(model);
    }

    private String descriptor(TemplateModel template) {
        List<TemplateTensor> inputs = template.inputs();
        List<TemplateTensor> outputs = template.outputs();
        FieldPath root = FieldPath.ROOT;
        yaml.append("# Capsule descriptor. Replace every MISSING; the comment says what belongs there.\n");
        value("", "capsule_schema", String.valueOf(FORMAT_VERSION));
        for (String key : List.of("name", "title", "version", "created", "license", "organization")) {
            missing("", key, root.key(key));
        }
        yaml.append("analysis:\n");
        for (String key : List.of("name", "experiment", "arxiv", "doi", "hepdata")) {
            missing("  ", key, root.key("analysis").key(key));
        }
        yaml.append("contacts:\n");
        FieldPath contact = root.key("contacts").index(0);
        missing("  - ", "name", contact.key("name"));
        missing("    ", "email", contact.key("email"));
        yaml.append("reference_data:\n");
        missing("  ", "origin", root.key("reference_data").key("origin"));
        missing("  ", "description", root.key("reference_data").key("description"));
        yaml.append("models:\n");
        value("  - ", "id", modelId(template.file()));
        value("    ", "file", quoted(template.file()));
        value("    ", "format", template.format().descriptorName());
        if (template.description() != null) {
            value("    ", "description", quoted(template.description()));
        }
        yaml.append("    inputs:\n");
        FieldPath model = root.key("models").index(0);
        for (int i = 0; i < inputs.size(); i++) {
            TemplateTensor input = inputs.get(i);
            note("      ", input.note());
            tensor(input);
            value("        ", "reference", quoted(input.referenceFile()));
            if (input.wholeBecause() == null) {
                features(input, model.key("inputs").index(i).key("features"));
            } else {
                missing("        ", "description", model.key("inputs").index(i).key("description"));
            }
        }
        yaml.append("    outputs:\n");
        for (int o = 0; o < outputs.size(); o++) {
            FieldPath output = model.key("outputs").index(o);
            note("      ", outputs.get(o).note());
            tensor(outputs.get(o));
            missing("        ", "meaning", output.key("meaning"));
            missing("        ", "range", output.key("range"));
        }
        return yaml.toString();
    }

    private void tensor(TemplateTensor tensor) {
        value("      - ", "name", quoted(tensor.name()));
        value("        ", "type", tensor.type().descriptorName());
        value(
                "        ",
                "shape",
                tensor.shape().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
        if (tensor.wholeBecause() != null) {
            note("        ", tensor.wholeBecause());
            value("        ", "per_event", "false");
        }
    }

    private void features(TemplateTensor input, FieldPath features) {
        List<Long> shape = input.shape();
        Long last = shape.isEmpty() ? null : shape.get(shape.size() - 1);
        List<TemplateFeature> named = input.features();
        long count = !named.isEmpty() ? named.size() : last == null ? 1 : last;
        yaml.append("        features:");
        yaml.append(last == null && named.isEmpty() ? "  # the last axis is dynamic: describe its elements\n" : "\n");
        for (int f = 0; f < count; f++) {
            FieldPath feature = features.index(f);
            TemplateFeature fromFile = named.isEmpty() ? null : named.get(f);
            yaml.append("          # feature_")
                    .append(f)
                    .append(": element ")
                    .append(f)
                    .append(" of the last axis");
            yaml.append(fromFile == null || fromFile.note() == null ? "" : "; " + fromFile.note())
                    .append('\n');
            if (fromFile == null) {
                missing("          - ", "name", feature.key("name"));
            } else {
                value("          - ", "name", quoted(fromFile.name()));
            }
            for (String key : List.of("description", "unit", "normalisation", "padding", "nan_policy", "valid_range")) {
                missing("            ", key, feature.key(key));
            }
        }
    }

    private void note(String indent, String note) {
        if (note != null) {
            yaml.append(indent).append("# ").append(note.replace("\n", " ")).append('\n');
        }
    }

    private void missing(String indent, String key, FieldPath path) {
        yaml.append(indent)
                .append(key)
                .append(": ")
                .append(Missing.MARKER)
                .append("  # ")
                .append(format.describe(path))
                .append('\n');
    }

    private void value(String indent, String key, String yamlValue) {
        yaml.append(indent).append(key).append(": ").append(yamlValue).append('\n');
    }

    private static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    /** A model id derived from the file name: {@code OneLepton_4jets.onnx} becomes {@code onelepton_4jets}. */
    static String modelId(String modelFile) {
        String stem = modelFile.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_").replaceAll("^[_-]+", "");
        return id.isEmpty() ? "model" : id;
    }
}
