package hep.capsule.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a descriptor, e.g. {@code models[0].inputs[0].features[3].unit}. Each step is a key
 * ({@link String}) or a list position ({@link Integer}).
 */
record FieldPath(List<Object> steps) {

    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        steps = List.copyOf(steps);
    }

    FieldPath key(String key) {
        return append(key);
    }

    FieldPath index(int index) {
        return append(index);
    }

    boolean isRoot() {
        return steps.isEmpty();
    }

    FieldPath parent() {
        return new FieldPath(steps.subList(0, Math.max(0, steps.size() - 1)));
    }

    /** The RFC 6901 JSON pointer, e.g. {@code /models/0/file}. */
    String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object step : steps) {
            pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** The readable form, e.g. {@code models[0].file}; the top level reads {@code (top level)}. */
    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return "(top level)";
        }
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    private FieldPath append(Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return new FieldPath(longer);
    }
}
