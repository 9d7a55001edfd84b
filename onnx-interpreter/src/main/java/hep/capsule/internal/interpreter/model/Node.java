package hep.capsule.internal.interpreter.model;

import java.util.List;

/**
 * An ONNX {@code NodeProto}. An empty input name marks an omitted optional input.
 *
 * @param domain {@code ""} for the default domain {@code ai.onnx}
 */
public record Node(
        String name, String opType, String domain, List<String> inputs, List<String> outputs, Attributes attributes) {
    public Node {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** How messages name the node: its name, or its first output when it has none. */
    public String label() {
        return name.isEmpty() ? "(unnamed, output " + (outputs.isEmpty() ? "none" : outputs.get(0)) + ")" : name;
    }
}
