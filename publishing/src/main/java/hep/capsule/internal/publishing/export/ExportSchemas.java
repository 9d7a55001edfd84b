package hep.capsule.internal.publishing.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The schemas the exports' outputs must satisfy, from the copies in this module's resources (see docs/publishing.md for
 * their sources and licences): every export is checked before it is written.
 */
public final class ExportSchemas {
    private static final String HEPDATA_ID = "https://hepdata.net/submission/schemas/1.1.1/";
    private static final String HEPDATA = "classpath:hep/capsule/internal/publishing/hepdata/";
    static final String ZENODO = "classpath:hep/capsule/internal/publishing/zenodo/zenodo-metadata-0.3.0.schema.json";

    private ExportSchemas() {}

    /**
     * HEPData's schema of the first document of submission.yaml (additional_info_schema.json) or of a table
     * (submission_schema.json).
     */
    public static JsonSchema hepdata(String file) {
        return load(HEPDATA + file);
    }

    public static JsonSchema zenodo() {
        return load(ZENODO);
    }

    private static JsonSchema load(String location) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V7,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(HEPDATA_ID, HEPDATA)));
        return factory.getSchema(SchemaLocation.of(location));
    }

    /** Every way {@code document} breaks {@code schema}, as text; empty when it is valid. */
    public static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
