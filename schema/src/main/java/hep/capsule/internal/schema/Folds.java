package hep.capsule.internal.schema;

import java.util.List;

/** Which model serves which events when the analysis trained one model per fold. */
public record Folds(String variable, long modulus, List<FoldAssignment> assignments) {

    public Folds {
        assignments = List.copyOf(assignments);
    }
}
