package hep.capsule.schema;

import java.util.Map;

/** The inference runtime that produced a model's stored reference outputs, and its settings. */
public record RuntimeRecord(String model, String runtime, String version, Map<String, String> settings) {

    public RuntimeRecord {
        settings = Map.copyOf(settings);
    }
}
