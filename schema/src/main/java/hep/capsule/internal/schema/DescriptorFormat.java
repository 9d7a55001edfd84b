package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

/**
 * One version of the descriptor format: its JSON Schema, compiled, and the schema document itself (whose
 * {@code description}s tell a person what belongs in each field).
 */
record DescriptorFormat(int version, JsonNode schemaDocument, JsonSchema schema) {

    /** The description the schema gives for the value at {@code path}, or empty when it gives none. */
    String describe(FieldPath path) {
        return SchemaDescriptions.of(schemaDocument, path);
    }
}
