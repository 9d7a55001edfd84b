package hep.capsule.internal.schema;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inference runtime that produced a model's stored reference outputs, and its settings, sorted by name so that
 * everything written from them comes out the same in every JVM.
 */
public record RuntimeRecord(String model, String runtime, String version, SortedMap<String, String> settings) {

    public RuntimeRecord(String model, String runtime, String version, Map<String, String> settings) {
        this(model, runtime, version, Collections.unmodifiableSortedMap(new TreeMap<>(settings)));
    }
}
