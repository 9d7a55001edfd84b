package hep.capsule.schema;

import java.util.List;
import java.util.Optional;

/** One archived model with the full specification of its inputs and outputs. */
public record ModelSpec(String id, String file, ModelFormat format, Optional<String> description,
                        List<InputSpec> inputs, List<OutputSpec> outputs) {

    public ModelSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
