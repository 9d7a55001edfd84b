package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Builds the {@link Descriptor} records from a tree that has passed validation, so every value has the right shape.
 * Text keeps MISSING literally; structured values that are MISSING become empty.
 */
final class DescriptorReader {

    private DescriptorReader() {}

    static Descriptor read(JsonNode root) {
        return new Descriptor(
                root.path("capsule_schema").asInt(),
                root.path("name").asText(),
                root.path("title").asText(),
                root.path("version").asText(),
                root.path("created").asText(),
                root.path("license").asText(),
                root.path("organization").asText(),
                analysis(root.path("analysis")),
                list(root.path("contacts"), DescriptorReader::contact),
                referenceData(root.path("reference_data")),
                list(root.path("models"), DescriptorReader::model),
                present(root.path("folds")).map(DescriptorReader::folds),
                list(root.path("files"), DescriptorReader::attachedFile),
                root.path("draft").asBoolean(false),
                present(root.path("packing")).map(DescriptorReader::packing),
                list(root.path("keywords"), JsonNode::asText),
                list(root.path("cutflows"), DescriptorReader::cutflow),
                list(root.path("signal_model_facts"), FileFactsJson::read));
    }

    private static Analysis analysis(JsonNode node) {
        return new Analysis(
                node.path("name").asText(),
                node.path("experiment").asText(),
                node.path("arxiv").asText(),
                node.path("doi").asText(),
                node.path("hepdata").asText(),
                optionalText(node.path("description")));
    }

    private static Contact contact(JsonNode node) {
        return new Contact(
                node.path("name").asText(),
                node.path("email").asText(),
                optionalText(node.path("affiliation")),
                optionalText(node.path("orcid")),
                optionalText(node.path("family_name")),
                optionalText(node.path("given_names")));
    }

    private static ReferenceData referenceData(JsonNode node) {
        return new ReferenceData(
                word(node.path("origin"), ReferenceOrigin.class),
                node.path("description").asText());
    }

    private static ModelSpec model(JsonNode node) {
        return new ModelSpec(
                node.path("id").asText(),
                node.path("file").asText(),
                word(node.path("format"), ModelFormat.class).orElseThrow(),
                optionalText(node.path("description")),
                optionalText(node.path("twin_of")),
                node.has("nan_response")
                        ? OptionalDouble.of(node.get("nan_response").asDouble())
                        : OptionalDouble.empty(),
                list(node.path("inputs"), DescriptorReader::input),
                list(node.path("outputs"), DescriptorReader::output),
                optionalText(node.path("reference_weights")));
    }

    private static InputSpec input(JsonNode node) {
        return new InputSpec(
                node.path("name").asText(),
                elementType(node.path("type")),
                shape(node.path("shape")),
                optionalText(node.path("reference")),
                optionalText(node.path("raw_reference")),
                list(node.path("features"), DescriptorReader::feature),
                optionalText(node.path("object_ordering")),
                node.path("per_event").asBoolean(true),
                optionalText(node.path("description")));
    }

    private static FeatureSpec feature(JsonNode node) {
        return new FeatureSpec(
                node.path("name").asText(),
                node.path("description").asText(),
                node.path("unit").asText(),
                filled(node.path("normalisation")).map(DescriptorReader::normalisation),
                filled(node.path("padding")).map(DescriptorReader::padding),
                word(node.path("nan_policy"), NanPolicy.class),
                word(node.path("angle_convention"), AngleConvention.class),
                filled(node.path("valid_range")).map(DescriptorReader::range));
    }

    private static Normalisation normalisation(JsonNode node) {
        double offset = node.path("offset").asDouble();
        double scale = node.path("scale").asDouble();
        return switch (node.path("formula").asText()) {
            case "(x - offset) / scale" -> new Normalisation.SubtractOffsetDivideScale(offset, scale);
            case "(x + offset) * scale" -> new Normalisation.AddOffsetMultiplyScale(offset, scale);
            default -> new Normalisation.None();
        };
    }

    private static Padding padding(JsonNode node) {
        return node.isObject()
                ? new Padding.Value(
                        node.path("value").asDouble(), node.path("applies_when").asText())
                : new Padding.None();
    }

    private static OutputSpec output(JsonNode node) {
        return new OutputSpec(
                node.path("name").asText(),
                elementType(node.path("type")),
                shape(node.path("shape")),
                node.path("meaning").asText(),
                filled(node.path("range")).map(DescriptorReader::range),
                list(node.path("working_points"), DescriptorReader::workingPoint),
                present(node.path("tolerance")).map(DescriptorReader::tolerance),
                present(node.path("expected")).map(DescriptorReader::expected),
                optionalText(node.path("stored_reference")),
                optionalText(node.path("stored_witness_reference")),
                node.path("per_event").asBoolean(true));
    }

    private static WorkingPoint workingPoint(JsonNode node) {
        return new WorkingPoint(
                node.path("name").asText(),
                word(node.path("operator"), WorkingPoint.Operator.class).orElseThrow(),
                node.path("threshold").asDouble());
    }

    private static Tolerance tolerance(JsonNode node) {
        return new Tolerance(
                node.has("max_ulp") ? OptionalLong.of(node.get("max_ulp").asLong()) : OptionalLong.empty(),
                node.has("max_absolute")
                        ? OptionalDouble.of(node.get("max_absolute").asDouble())
                        : OptionalDouble.empty());
    }

    private static ExpectedOutputs expected(JsonNode node) {
        return new ExpectedOutputs(
                node.path("file").asText(),
                node.path("produced_by").asText(),
                node.path("max_absolute").asDouble());
    }

    private static Folds folds(JsonNode node) {
        return new Folds(
                node.path("variable").asText(),
                node.path("modulus").asLong(),
                list(
                        node.path("assignments"),
                        a -> new FoldAssignment(
                                a.path("remainder").asLong(), a.path("model").asText())));
    }

    private static Cutflow cutflow(JsonNode node) {
        return new Cutflow(
                node.path("name").asText(),
                optionalText(node.path("description")),
                node.path("signal_model").asText(),
                word(node.path("source"), CutflowSource.class).orElseThrow(),
                list(node.path("stages"), DescriptorReader::stage),
                present(node.path("stages_from"))
                        .map(from -> new StagesFrom(
                                from.path("hepdata_table").asText(),
                                optionalText(from.path("events_column")),
                                optionalText(from.path("weighted_column")))));
    }

    private static CutflowStage stage(JsonNode node) {
        JsonNode cut = node.path("cut");
        return new CutflowStage(
                node.path("name").asText(),
                present(cut)
                        .map(c -> new StageCut(
                                c.path("model").asText(),
                                c.path("output").asText(),
                                c.path("working_point").asText())),
                node.has("events") ? OptionalLong.of(node.get("events").asLong()) : OptionalLong.empty(),
                present(node.path("weighted")).map(JsonNode::decimalValue));
    }

    private static AttachedFile attachedFile(JsonNode node) {
        return new AttachedFile(
                node.path("file").asText(),
                word(node.path("role"), FileRole.class).orElseThrow(),
                optionalText(node.path("description")));
    }

    private static Packing packing(JsonNode node) {
        JsonNode env = node.path("environment");
        MachineEnvironment environment = new MachineEnvironment(
                env.path("os_name").asText(),
                env.path("os_version").asText(),
                env.path("os_arch").asText(),
                env.path("cpu_model").asText(),
                list(env.path("cpu_flags"), JsonNode::asText),
                env.path("java_version").asText(),
                env.path("java_vendor").asText(),
                env.path("java_vm").asText());
        return new Packing(
                node.path("capsule_version").asText(),
                node.path("bagging_date").asText(),
                node.path("batch_size").asLong(),
                environment,
                list(node.path("runtimes"), DescriptorReader::runtime));
    }

    private static RuntimeRecord runtime(JsonNode node) {
        Map<String, String> settings = new LinkedHashMap<>();
        node.path("settings")
                .properties()
                .forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
        return new RuntimeRecord(
                node.path("model").asText(),
                node.path("runtime").asText(),
                node.path("version").asText(),
                settings);
    }

    private static ElementType elementType(JsonNode node) {
        return ElementType.fromDescriptorName(node.asText()).orElseThrow();
    }

    private static List<Long> shape(JsonNode node) {
        List<Long> shape = new ArrayList<>();
        node.forEach(dim -> shape.add(dim.isNull() ? null : dim.asLong()));
        return shape;
    }

    private static ValueRange range(JsonNode node) {
        return new ValueRange(node.get(0).asDouble(), node.get(1).asDouble());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(element.apply(item)));
        return items;
    }

    private static Optional<JsonNode> present(JsonNode node) {
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** Present and not MISSING. */
    private static Optional<JsonNode> filled(JsonNode node) {
        return present(node).filter(n -> !Missing.is(n.asText(null)));
    }

    private static Optional<String> optionalText(JsonNode node) {
        return present(node).map(JsonNode::asText);
    }

    private static <E extends Enum<E> & DescriptorEnum> Optional<E> word(JsonNode node, Class<E> type) {
        return filled(node).flatMap(n -> DescriptorEnum.fromDescriptorName(type, n.asText()));
    }
}
