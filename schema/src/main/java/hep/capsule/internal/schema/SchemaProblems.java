package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the JSON Schema validator's findings into problems a person can act on: the line, the readable field, what was
 * expected and what was found. Findings of the {@code MISSING} alternative and of alternatives the value clearly did
 * not take are left out.
 */
final class SchemaProblems {

    /** Keywords that judge a value as a whole; alternatives of one value are merged into one message. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("const", "enum", "type", "pattern", "format", "not");

    private final LocatedTree tree;
    private final DescriptorFormat format;

    private SchemaProblems(LocatedTree tree, DescriptorFormat format) {
        this.tree = tree;
        this.format = format;
    }

    static List<DescriptorProblem> of(
            Collection<ValidationMessage> messages, LocatedTree tree, DescriptorFormat format) {
        return new SchemaProblems(tree, format).translate(messages);
    }

    private record Finding(FieldPath at, String keyword, ValidationMessage message) {}

    private List<DescriptorProblem> translate(Collection<ValidationMessage> messages) {
        List<Finding> findings = messages.stream()
                .filter(m -> !m.getSchemaLocation().toString().contains("/$defs/missing"))
                .map(m -> new Finding(path(m.getInstanceLocation()), m.getType(), m))
                .filter(f -> !f.keyword().equals("anyOf"))
                .toList();
        List<Finding> kept =
                findings.stream().filter(f -> !superseded(f, findings)).toList();
        Map<FieldPath, List<Finding>> valueFindings = new LinkedHashMap<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        for (Finding finding : kept) {
            if (VALUE_KEYWORDS.contains(finding.keyword())) {
                valueFindings
                        .computeIfAbsent(finding.at(), at -> new ArrayList<>())
                        .add(finding);
            } else {
                problems.add(structural(finding));
            }
        }
        valueFindings.forEach((at, alternatives) -> problems.add(tree.problem(
                at,
                "expected "
                        + alternatives.stream()
                                .map(this::expectation)
                                .collect(Collectors.toCollection(LinkedHashSet::new))
                                .stream()
                                .collect(Collectors.joining(" or "))
                        + " but found " + FoundValue.describe(tree.at(at)))));
        return problems;
    }

    /**
     * A value finding is superseded when the same value also failed deeper or structurally: it then took another
     * alternative (e.g. it is a mapping, so "expected none" is beside the point).
     */
    private static boolean superseded(Finding finding, List<Finding> all) {
        if (!VALUE_KEYWORDS.contains(finding.keyword())) {
            return false;
        }
        return all.stream()
                .anyMatch(other -> other != finding
                        && (isBelow(other.at(), finding.at())
                                || other.at().equals(finding.at()) && !VALUE_KEYWORDS.contains(other.keyword())));
    }

    private static boolean isBelow(FieldPath inner, FieldPath outer) {
        return inner.steps().size() > outer.steps().size()
                && inner.steps().subList(0, outer.steps().size()).equals(outer.steps());
    }

    private DescriptorProblem structural(Finding finding) {
        ValidationMessage message = finding.message();
        return switch (finding.keyword()) {
            case "required" -> {
                FieldPath absent = finding.at().key(message.getProperty());
                yield new DescriptorProblem(
                        tree.file(),
                        tree.lineOf(finding.at()),
                        absent.toString(),
                        "expected " + orSomething(format.describe(absent)) + " but found nothing (the key is absent)");
            }
            case "additionalProperties" -> {
                FieldPath unknown = finding.at().key(message.getProperty());
                yield tree.problem(
                        unknown,
                        "unknown key \"" + message.getProperty() + "\"; expected one of "
                                + String.join(
                                        ", ", SchemaDescriptions.allowedKeys(format.schemaDocument(), finding.at())));
            }
            case "false" -> tree.problem(finding.at(), "not allowed here; remove it");
            default -> tree.problem(finding.at(), message.getError());
        };
    }

    private String expectation(Finding finding) {
        JsonNode keywordValue = keywordValue(finding);
        return switch (finding.keyword()) {
            case "const" -> keywordValue.toString();
            case "enum" -> "one of " + joinValues(keywordValue);
            case "type" -> typeName(keywordValue.asText());
            case "pattern" -> orSomething(format.describe(finding.at()));
            case "format" -> formatName(keywordValue.asText());
            case "not" -> "a value taken from the model file (not MISSING)";
            default -> finding.message().getError();
        };
    }

    private static JsonNode keywordValue(Finding finding) {
        JsonNode schemaNode = finding.message().getSchemaNode();
        return schemaNode != null && schemaNode.isObject() && schemaNode.has(finding.keyword())
                ? schemaNode.get(finding.keyword())
                : schemaNode;
    }

    private static String joinValues(JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(value -> words.add(value.asText()));
        return String.join(", ", words);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "string" -> "text";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "null" -> "an empty value (null)";
            default -> type;
        };
    }

    private static String formatName(String format) {
        return switch (format) {
            case "email" -> "an email address";
            case "date-time" -> "a date and time like 2026-11-23T00:00:00Z";
            default -> "a valid " + format;
        };
    }

    private static String orSomething(String description) {
        return description.isEmpty() ? "a value" : description;
    }

    private static FieldPath path(JsonNodePath location) {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            steps.add(location.getElement(i));
        }
        return new FieldPath(steps);
    }
}
