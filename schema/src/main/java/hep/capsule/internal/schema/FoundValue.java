package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** How a value found in a descriptor is shown in a message: {@code "Gev"}, {@code 12.5}, {@code a list}. */
final class FoundValue {

    private FoundValue() {}

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return value.toString();
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list of " + value.size();
        }
        return value.asText();
    }
}
