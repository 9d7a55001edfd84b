package hep.capsule.internal.packager;

import hep.capsule.internal.schema.RuntimeRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What packing computed for one model.
 *
 * @param readyInputs the model-ready reference inputs, by input name
 * @param outputs the reference outputs of the main runtime, by output name
 * @param witnessOutputs the outputs of the portable witness, by output name (empty when the format has none)
 * @param runtimes the main runtime, then the witness, with their pinned settings
 * @param events the number of reference events
 */
record ModelReference(
        Map<String, Path> readyInputs,
        Map<String, Path> outputs,
        Map<String, Path> witnessOutputs,
        List<RuntimeRecord> runtimes,
        long events) {
    ModelReference {
        readyInputs = Map.copyOf(readyInputs);
        outputs = Map.copyOf(outputs);
        witnessOutputs = Map.copyOf(witnessOutputs);
        runtimes = List.copyOf(runtimes);
    }
}
