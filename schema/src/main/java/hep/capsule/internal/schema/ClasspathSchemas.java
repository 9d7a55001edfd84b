package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Compiles the JSON Schemas (draft 2020-12) that ship inside Capsule. Schemas are read from the class path only: every
 * other schema address, the network included, is refused, and the draft 2020-12 meta-schema is served from the
 * validator's own jar.
 */
public final class ClasspathSchemas {
    private ClasspathSchemas() {}

    /** A schema document and its compiled form. */
    public record Compiled(JsonNode document, JsonSchema schema) {}

    public static Compiled compile(String resource) {
        JsonNode document;
        try (InputStream in = ClasspathSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is not on the class path");
            }
            document = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders ->
                        loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return new Compiled(document, factory.getSchema(SchemaLocation.of("classpath:" + resource), document, config));
    }
}
