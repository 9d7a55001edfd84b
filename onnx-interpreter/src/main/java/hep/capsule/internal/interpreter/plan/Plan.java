package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.ValueInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model ready to run: its steps in a topological order (the file's order wherever the dependencies allow), the
 * constant values, and the inputs and outputs.
 */
public record Plan(List<Step> steps, Map<String, NdArray> constants, List<ValueInfo> inputs, List<ValueInfo> outputs) {
    public Plan {
        steps = List.copyOf(steps);
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
