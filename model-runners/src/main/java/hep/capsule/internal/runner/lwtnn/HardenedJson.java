package hep.capsule.internal.runner.lwtnn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.runner.ModelExecutionException;
import java.io.IOException;

/**
 * Parses a JSON model file that may come from anywhere: a limit on the file's size, on nesting (lwtnn files are four
 * levels deep), on the length of a number or a string, and duplicate keys refused (a file whose meaning depends on
 * which duplicate a parser keeps is ambiguous).
 */
final class HardenedJson {

    /** The largest JSON model file accepted; lwtnn networks of millions of weights stay far below. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    static final int MAX_NESTING = 16;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(64)
                    .maxStringLength(64 * 1024)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private HardenedJson() {}

    static JsonNode parse(byte[] json, String label) throws ModelExecutionException {
        if (json.length > MAX_BYTES) {
            throw new ModelExecutionException(label + ": the JSON file has " + json.length
                    + " bytes; Capsule reads JSON model files of at most " + MAX_BYTES + " bytes");
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || !root.isObject()) {
                throw new ModelExecutionException(
                        label + ": not an lwtnn JSON file (the top level is not a JSON object)");
            }
            if (parser.nextToken() != null) {
                throw new ModelExecutionException(label + ": the JSON file has text after its top-level object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ModelExecutionException(
                    label + ": not a readable JSON file: " + e.getOriginalMessage()
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
                    e);
        } catch (IOException e) {
            throw new ModelExecutionException(label + ": cannot read the JSON file: " + e.getMessage(), e);
        }
    }
}
