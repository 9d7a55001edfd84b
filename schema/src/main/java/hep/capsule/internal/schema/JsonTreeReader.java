package hep.capsule.internal.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an archived capsule.json into a JSON tree with the line of every value. Numbers keep their exact decimal value;
 * duplicate keys and excessive nesting are refused.
 */
final class JsonTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonTreeReader() {}

    static LocatedTree read(String text, String file, DescriptorLimits limits) throws DescriptorException {
        DescriptorText.checkLength(text, file, limits);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonTreeReader reader = new JsonTreeReader();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new DescriptorException(
                        new DescriptorProblem(file, 1, "", "expected a JSON object of descriptor fields"));
            }
            JsonNode root = reader.value(parser, FieldPath.ROOT);
            if (parser.nextToken() != null) {
                throw new DescriptorException(new DescriptorProblem(
                        file,
                        parser.currentTokenLocation().getLineNr(),
                        "",
                        "unexpected content after the end of the descriptor object"));
            }
            return new LocatedTree(file, root, reader.lines);
        } catch (StreamConstraintsException e) {
            throw new DescriptorException(new DescriptorProblem(
                    file,
                    0,
                    "",
                    "refused: " + e.getOriginalMessage() + " (a descriptor may have " + limits.describe() + ")"));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DescriptorException(
                    new DescriptorProblem(file, line, "", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DescriptorException(new DescriptorProblem(file, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private JsonNode value(JsonParser parser, FieldPath path) throws IOException {
        lines.putIfAbsent(path.pointer(), parser.currentTokenLocation().getLineNr());
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    FieldPath child = path.key(name);
                    lines.put(child.pointer(), parser.currentTokenLocation().getLineNr());
                    parser.nextToken();
                    object.set(name, value(parser, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path.index(index++)));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                String text = parser.getText();
                return DecimalNode.valueOf(DescriptorNumbers.decimal(text)
                        .orElseThrow(() -> new JsonParseException(parser, DescriptorNumbers.refusal(text))));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(parser.getBooleanValue());
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }
}
