package hep.capsule.interpreter.model;

import hep.capsule.interpreter.array.NdArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code GraphProto}: nodes in file order, constant initializers, and the declared inputs
 * (initializers included, as older exporters list them) and outputs.
 */
public record Graph(List<Node> nodes, Map<String, NdArray> initializers, List<ValueInfo> inputs, List<ValueInfo> outputs) {
    public Graph {
        nodes = List.copyOf(nodes);
        initializers = Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The inputs a caller must feed: the declared inputs that no initializer provides. */
    public List<ValueInfo> feeds() {
        return inputs.stream().filter(input -> !initializers.containsKey(input.name())).toList();
    }
}
