package hep.capsule.internal.schema;

import java.util.List;
import java.util.Optional;

/**
 * A cutflow of the signal simulation, stage by stage.
 *
 * @param signalModel the file (role signal_model) of the signal model behind the numbers: as written in capsule.yaml,
 *     its place in the archive in capsule.json
 * @param stages the stages in order; empty in capsule.yaml when they come from {@code hepdataTable}
 * @param stagesFrom the HEPData YAML table the stages are read from ({@code stages_from}), if any
 */
public record Cutflow(
        String name,
        Optional<String> description,
        String signalModel,
        CutflowSource source,
        List<CutflowStage> stages,
        Optional<StagesFrom> stagesFrom) {

    public Cutflow {
        stages = List.copyOf(stages);
    }

    /** The position of the first stage with a cut, or -1: from there on a reference_events cutflow is re-derived. */
    public int firstCutStage() {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).cut().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the stage at {@code index} is re-derived from the reference events by pack and verify. */
    public boolean isRederived(int index) {
        int first = firstCutStage();
        return source == CutflowSource.REFERENCE_EVENTS && first >= 0 && index >= first;
    }
}
