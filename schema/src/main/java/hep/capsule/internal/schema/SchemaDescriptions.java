package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a schema says about a field: follows {@code properties}, {@code items}, {@code prefixItems}, internal
 * {@code $ref}s, {@code anyOf} branches and {@code else} branches (a model's inputs and outputs when it is not a twin)
 * down to the field's subschema.
 */
final class SchemaDescriptions {

    private SchemaDescriptions() {}

    /** The {@code description} of the field at {@code path}, or "" when the schema has none. */
    static String of(JsonNode schemaDocument, FieldPath path) {
        return subschema(schemaDocument, path).stream()
                .map(node -> node.path("description").asText(""))
                .filter(text -> !text.isEmpty())
                .findFirst()
                .orElse("");
    }

    /** The keys a mapping at {@code path} may have, in schema order. */
    static List<String> allowedKeys(JsonNode schemaDocument, FieldPath path) {
        List<String> keys = new ArrayList<>();
        for (JsonNode node : subschema(schemaDocument, path)) {
            node.path("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The schema nodes that describe the value at {@code path}: the node itself and what it refers to. */
    private static List<JsonNode> subschema(JsonNode document, FieldPath path) {
        List<JsonNode> candidates = expand(document, document);
        for (Object step : path.steps()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode candidate : candidates) {
                JsonNode child = step instanceof Integer index
                        ? (candidate.path("prefixItems").has(index)
                                ? candidate.path("prefixItems").get(index)
                                : candidate.path("items"))
                        : candidate.path("properties").path((String) step);
                if (child.isObject()) {
                    next.addAll(expand(document, child));
                }
            }
            candidates = next;
        }
        return candidates;
    }

    /** A schema node followed by its {@code $ref} target and its {@code anyOf} branches, recursively. */
    private static List<JsonNode> expand(JsonNode document, JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        nodes.add(node);
        JsonNode ref = node.path("$ref");
        if (ref.isTextual() && ref.asText().startsWith("#")) {
            JsonNode target = document.at(ref.asText().substring(1));
            if (target.isObject()) {
                nodes.addAll(expand(document, target));
            }
        }
        for (JsonNode branch : node.path("anyOf")) {
            nodes.addAll(expand(document, branch));
        }
        if (node.path("else").isObject()) {
            nodes.addAll(expand(document, node.path("else")));
        }
        return nodes;
    }
}
