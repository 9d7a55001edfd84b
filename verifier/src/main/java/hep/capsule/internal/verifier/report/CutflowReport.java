package hep.capsule.internal.verifier.report;

import java.util.List;

/**
 * A cutflow as verify found it, stage by stage.
 *
 * @param source reference_events or paper
 * @param signalModel the signal-model file in the archive
 * @param reproduced whether every re-derived stage reproduced (always true for a paper cutflow, which is only shown)
 */
public record CutflowReport(
        String name,
        String description,
        String source,
        String signalModel,
        boolean reproduced,
        List<StageReport> stages) {

    public CutflowReport {
        stages = List.copyOf(stages);
    }
}
