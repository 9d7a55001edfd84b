package hep.capsule.packager;

import hep.capsule.schema.RuntimeRecord;
import java.nio.file.Path;
import java.util.Map;

/**
 * What packing computed for one model.
 *
 * @param readyInputs the model-ready reference inputs, by input name
 * @param outputs     the reference outputs, by output name
 * @param runtime     the runtime and pinned settings that computed them
 * @param events      the number of reference events
 */
record ModelReference(Map<String, Path> readyInputs, Map<String, Path> outputs, RuntimeRecord runtime, long events) {
    ModelReference {
        readyInputs = Map.copyOf(readyInputs);
        outputs = Map.copyOf(outputs);
    }
}
