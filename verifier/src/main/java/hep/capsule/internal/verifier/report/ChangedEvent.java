package hep.capsule.internal.verifier.report;

import hep.capsule.internal.schema.cutflow.StageYield;

/**
 * A reference event whose passing a cutflow stage changed between the stored outputs and the re-executed ones.
 *
 * @param model the model whose reference events it is one of
 * @param event its index among that model's reference events
 * @param weight its reference weight (1 without weights)
 * @param passedStored whether it passed the stage by the stored outputs
 * @param engine the engine whose re-executed outputs decide it differently
 */
public record ChangedEvent(String model, long event, double weight, boolean passedStored, String engine) {
    /** For example {@code event 1532 of nn_4jets (weight 0.031, passed, now fails by onnxruntime)}. */
    public String text() {
        return "event " + event + " of " + model + " (weight " + StageYield.readable(weight) + ", "
                + (passedStored ? "passed, now fails" : "failed, now passes") + " by " + engine + ")";
    }
}
