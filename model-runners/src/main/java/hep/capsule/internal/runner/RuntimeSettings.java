package hep.capsule.internal.runner;

import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime that produced or re-produced a set of outputs and every setting pinned for it.
 *
 * @param runtime for example {@code onnxruntime}
 * @param version the runtime's own version string
 * @param settings the pinned settings by name (sorted), for example {@code intra_op_threads=1}
 */
public record RuntimeSettings(String runtime, String version, Map<String, String> settings) {
    public RuntimeSettings {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }
}
