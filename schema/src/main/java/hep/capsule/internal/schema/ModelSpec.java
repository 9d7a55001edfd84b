package hep.capsule.internal.schema;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One archived model with the full specification of its inputs and outputs.
 *
 * @param twinOf for an ONNX twin, the id of the model it is the twin of: its inputs and outputs then declare only
 *     names, types and shapes (the original's), and it runs on the original's reference inputs
 * @param referenceWeights the NPY file of one weight per reference event, if the capsule gives weights
 * @param nanResponse for a TMVA BDT, the declared response of an event with a NaN input, when it is not TMVA's Reader's
 *     -999
 */
public record ModelSpec(
        String id,
        String file,
        ModelFormat format,
        Optional<String> description,
        Optional<String> twinOf,
        OptionalDouble nanResponse,
        List<InputSpec> inputs,
        List<OutputSpec> outputs,
        Optional<String> referenceWeights) {

    public ModelSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public boolean isTwin() {
        return twinOf.isPresent();
    }

    /**
     * Whether the whole reference set runs as one batch: some output has no event axis. Per-event outputs of such a
     * model are still stored and compared event by event.
     */
    public boolean runsWhole() {
        return outputs.stream().anyMatch(o -> !o.perEvent());
    }
}
