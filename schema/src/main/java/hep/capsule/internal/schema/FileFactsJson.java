package hep.capsule.internal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import hep.capsule.internal.schema.facts.FileFacts;
import java.util.List;

/**
 * The {@code signal_model_facts} of capsule.json: written from and read into {@link FileFacts} records, numbers kept
 * exact.
 */
public final class FileFactsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FileFactsJson() {}

    public static ArrayNode write(List<FileFacts> facts) {
        return MAPPER.valueToTree(facts);
    }

    /**
     * A facts entry of a validated capsule.json; an entry a later Capsule wrote with other fields keeps what this one
     * knows.
     */
    static FileFacts read(JsonNode node) {
        try {
            return MAPPER.treeToValue(node, FileFacts.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new FileFacts(node.path("file").asText(), node.path("kind").asText(), null, null);
        }
    }
}
