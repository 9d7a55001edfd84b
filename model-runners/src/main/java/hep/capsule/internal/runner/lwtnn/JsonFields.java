package hep.capsule.internal.runner.lwtnn;

import com.fasterxml.jackson.databind.JsonNode;
import hep.capsule.internal.runner.ModelExecutionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of an lwtnn JSON file with their types checked and their sizes bounded; every error names the file,
 * the place in it and what was expected.
 */
final class JsonFields {

    /** The most numbers one array may hold (a 4096 x 4096 dense layer). */
    static final int MAX_ARRAY = 4096 * 4096;
    /** The most entries of a list of layers, nodes, inputs or variables. */
    static final int MAX_ENTRIES = 65_536;

    private final String label;

    JsonFields(String label) {
        this.label = label;
    }

    ModelExecutionException problem(String what) {
        return new ModelExecutionException(label + ": " + what);
    }

    JsonNode required(JsonNode parent, String field, String where) throws ModelExecutionException {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + " has no \"" + field + "\"");
        }
        return value;
    }

    String text(JsonNode parent, String field, String where) throws ModelExecutionException {
        JsonNode value = required(parent, field, where);
        if (!value.isTextual()) {
            throw problem(where + ": \"" + field + "\" must be a string, found " + value.getNodeType());
        }
        return value.asText();
    }

    double number(JsonNode parent, String field, String where) throws ModelExecutionException {
        return number(required(parent, field, where), where + ", \"" + field + "\"");
    }

    double number(JsonNode value, String where) throws ModelExecutionException {
        if (!value.isNumber()) {
            throw problem(where + " must be a number, found " + value.getNodeType());
        }
        return value.asDouble();
    }

    /** A count or an index: a whole number from 0 to {@code max}. */
    int count(JsonNode parent, String field, String where, int max) throws ModelExecutionException {
        JsonNode value = required(parent, field, where);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > max) {
            throw problem(where + ": \"" + field + "\" must be a whole number from 0 to " + max + ", found " + value);
        }
        return value.asInt();
    }

    /** The elements of an array field, which may hold at most {@code max} elements. */
    List<JsonNode> array(JsonNode parent, String field, String where, int max) throws ModelExecutionException {
        JsonNode value = required(parent, field, where);
        if (!value.isArray()) {
            throw problem(where + ": \"" + field + "\" must be an array, found " + value.getNodeType());
        }
        if (value.size() > max) {
            throw problem(
                    where + ": \"" + field + "\" has " + value.size() + " entries; at most " + max + " are accepted");
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    JsonNode object(JsonNode parent, String field, String where) throws ModelExecutionException {
        JsonNode value = required(parent, field, where);
        if (!value.isObject()) {
            throw problem(where + ": \"" + field + "\" must be an object, found " + value.getNodeType());
        }
        return value;
    }

    double[] numbers(JsonNode parent, String field, String where) throws ModelExecutionException {
        List<JsonNode> elements = array(parent, field, where, MAX_ARRAY);
        double[] values = new double[elements.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(elements.get(i), where + ", \"" + field + "\"[" + i + "]");
        }
        return values;
    }
}
