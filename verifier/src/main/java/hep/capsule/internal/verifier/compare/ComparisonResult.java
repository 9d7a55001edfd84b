package hep.capsule.internal.verifier.compare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a bit-by-bit comparison of a recomputed tensor with its stored reference found.
 *
 * @param elements elements compared
 * @param bitIdentical elements whose bits are identical
 * @param maxUlp the largest distance in units in the last place among comparable elements
 * @param maxAbsolute the largest absolute difference among comparable elements
 * @param nanMismatches elements where exactly one side, or both with different bits, is NaN
 * @param firstDifference the first element whose bits differ, or null when none does
 * @param largestDifference the first element with the largest absolute difference, or null when no comparable element
 *     differs
 * @param cutChanges per working point, the decisions that changed
 */
@JsonIgnoreProperties(
        value = {"bit_exact", "any_cut_decision_changed"},
        allowGetters = true)
public record ComparisonResult(
        long elements,
        long bitIdentical,
        long maxUlp,
        double maxAbsolute,
        long nanMismatches,
        FirstDifference firstDifference,
        FirstDifference largestDifference,
        List<CutChanges> cutChanges) {

    /** A differing element: its flat (C-order) index and both values. */
    public record FirstDifference(long index, double stored, double recomputed) {}

    public ComparisonResult {
        cutChanges = List.copyOf(cutChanges);
    }

    @JsonProperty("bit_exact")
    public boolean isBitExact() {
        return bitIdentical == elements;
    }

    @JsonProperty("any_cut_decision_changed")
    public boolean anyCutChanged() {
        return cutChanges.stream().anyMatch(c -> c.changedDecisions() > 0);
    }
}
