package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every physical reference value lies inside its feature's declared valid_range, or is exactly the feature's declared
 * padding value (padding marks an absent object, e.g. a missing jet).
 */
class ValidRangeTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void referenceValuesLieInsideTheDeclaredValidRanges() throws IOException {
        List<String> outside = new ArrayList<>();
        for (SyntheticEvents.Example example : SyntheticEvents.EXAMPLES) {
            Path capsule = Path.of(example.directory());
            JsonNode descriptor = YAML.readTree(capsule.resolve("capsule.yaml").toFile());
            for (JsonNode model : descriptor.get("models")) {
                if (model.has("twin_of")) {
                    continue; // a twin runs on its original's reference inputs
                }
                for (JsonNode input : model.get("inputs")) {
                    outside.addAll(valuesOutsideRange(capsule, input));
                }
            }
        }
        assertTrue(
                outside.isEmpty(),
                outside.size() + " values outside range, first: "
                        + outside.stream().limit(10).toList());
    }

    private static List<String> valuesOutsideRange(Path capsule, JsonNode input) throws IOException {
        String file = input.has("raw_reference")
                ? input.get("raw_reference").asText()
                : input.get("reference").asText();
        Float32Npy events = Float32Npy.read(capsule.resolve(file));
        JsonNode features = input.get("features");
        assertEquals(features.size(), events.columns(), capsule + "/" + file + " columns");
        List<String> outside = new ArrayList<>();
        for (int column = 0; column < events.columns(); column++) {
            JsonNode feature = features.get(column);
            double min = feature.get("valid_range").get(0).asDouble();
            double max = feature.get("valid_range").get(1).asDouble();
            JsonNode padding = feature.get("padding");
            for (int row = 0; row < events.rows(); row++) {
                float value = events.value(row, column);
                boolean isPadding = padding.isObject()
                        && value == (float) padding.get("value").asDouble();
                if (!isPadding && !(value >= min && value <= max)) {
                    outside.add(capsule + " event " + row + " "
                            + feature.get("name").asText() + " = " + value);
                }
            }
        }
        return outside;
    }
}
