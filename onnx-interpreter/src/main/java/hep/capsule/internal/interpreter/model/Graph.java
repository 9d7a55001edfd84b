package hep.capsule.internal.interpreter.model;

import hep.capsule.internal.interpreter.array.NdArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code GraphProto}: nodes in file order, constant initializers, and the declared inputs (initializers
 * included, as older exporters list them) and outputs.
 *
 * @param unsupportedTypes the declared inputs, outputs and initializers whose element type the interpreter cannot hold,
 *     by name, with their ONNX type codes; they are in no other component, and the planner refuses the model naming the
 *     node that reads or writes one
 */
public record Graph(
        List<Node> nodes,
        Map<String, NdArray> initializers,
        List<ValueInfo> inputs,
        List<ValueInfo> outputs,
        Map<String, Long> unsupportedTypes) {
    public Graph {
        nodes = List.copyOf(nodes);
        initializers = Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        unsupportedTypes = Collections.unmodifiableMap(new LinkedHashMap<>(unsupportedTypes));
    }

    /** The inputs a caller must feed: the declared inputs that no initializer provides. */
    public List<ValueInfo> feeds() {
        return inputs.stream()
                .filter(input -> !initializers.containsKey(input.name()))
                .toList();
    }
}
