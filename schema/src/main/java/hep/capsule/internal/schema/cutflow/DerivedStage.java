package hep.capsule.internal.schema.cutflow;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A re-derived stage: which reference events pass every cut up to it, and its yields.
 *
 * @param index the stage's position in the cutflow
 * @param passes per model whose reference events enter the cutflow, the events that pass (bit i: event i)
 * @param events how many events pass
 * @param weighted the sum of their weights, in model order and event order (each weight 1 without weights)
 */
public record DerivedStage(int index, String name, Map<String, BitSet> passes, long events, double weighted) {
    public DerivedStage {
        Map<String, BitSet> copy = new LinkedHashMap<>();
        passes.forEach((model, bits) -> copy.put(model, (BitSet) bits.clone()));
        passes = java.util.Collections.unmodifiableMap(copy);
    }

    /** The yields alone. */
    public StageYield yield() {
        return new StageYield(events, weighted);
    }
}
