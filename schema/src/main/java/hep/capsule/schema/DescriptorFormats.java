package hep.capsule.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The descriptor format versions this Capsule reads, each with its schema resource. A new version is added
 * here with its own schema; older versions stay readable.
 *
 * <p>Schemas are read from the class path only: every other schema address (network included) is refused,
 * and the draft 2020-12 meta-schema is served from the validator's own jar.
 */
final class DescriptorFormats {

    private static final SortedMap<Integer, String> SCHEMA_RESOURCES = new TreeMap<>(Map.of(
            1, "hep/capsule/schema/capsule-1.schema.json"));

    private static final Map<Integer, DescriptorFormat> COMPILED = new ConcurrentHashMap<>();

    private DescriptorFormats() {
    }

    static int oldest() {
        return SCHEMA_RESOURCES.firstKey();
    }

    static int newest() {
        return SCHEMA_RESOURCES.lastKey();
    }

    static boolean isKnown(int version) {
        return SCHEMA_RESOURCES.containsKey(version);
    }

    /** The format of a known version; see {@link #isKnown}. */
    static DescriptorFormat get(int version) {
        if (!isKnown(version)) {
            throw new IllegalArgumentException("descriptor format " + version + " is not known");
        }
        return COMPILED.computeIfAbsent(version, DescriptorFormats::compile);
    }

    private static DescriptorFormat compile(int version) {
        String resource = SCHEMA_RESOURCES.get(version);
        JsonNode document;
        try (InputStream in = DescriptorFormats.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is not on the class path");
            }
            document = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder ->
                builder.schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .build();
        return new DescriptorFormat(version, document,
                factory.getSchema(SchemaLocation.of("classpath:" + resource), document, config));
    }
}
