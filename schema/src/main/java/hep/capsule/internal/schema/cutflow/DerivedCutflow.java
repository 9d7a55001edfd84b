package hep.capsule.internal.schema.cutflow;

import hep.capsule.internal.schema.Cutflow;
import java.util.List;
import java.util.Map;

/**
 * A cutflow re-derived from some outputs of the reference events.
 *
 * @param eventModels the models whose reference events enter the first cut, in order (one, or each fold's)
 * @param eventCounts the reference events of each
 * @param stages each re-derived stage, from the first with a cut on
 */
public record DerivedCutflow(
        Cutflow cutflow, List<String> eventModels, Map<String, Long> eventCounts, List<DerivedStage> stages) {
    public DerivedCutflow {
        eventModels = List.copyOf(eventModels);
        eventCounts = Map.copyOf(eventCounts);
        stages = List.copyOf(stages);
    }
}
