package hep.capsule.internal.schema;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The descriptor format versions this Capsule reads, each with its schema resource. A new version is added here with
 * its own schema; older versions stay readable. Schemas are compiled by {@link ClasspathSchemas}, which never reaches
 * the network.
 */
final class DescriptorFormats {

    private static final SortedMap<Integer, String> SCHEMA_RESOURCES =
            new TreeMap<>(Map.of(1, "hep/capsule/internal/schema/capsule-1.schema.json"));

    private static final Map<Integer, DescriptorFormat> COMPILED = new ConcurrentHashMap<>();

    private DescriptorFormats() {}

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
        ClasspathSchemas.Compiled compiled = ClasspathSchemas.compile(SCHEMA_RESOURCES.get(version));
        return new DescriptorFormat(version, compiled.document(), compiled.schema());
    }
}
