package hep.capsule.verifier.compare;

import java.util.List;

/**
 * What a bit-by-bit comparison of a recomputed tensor with its stored reference found.
 *
 * @param elements            elements compared
 * @param bitIdentical        elements whose bits are identical
 * @param maxUlp              the largest distance in units in the last place among comparable elements
 * @param maxAbsolute         the largest absolute difference among comparable elements
 * @param nanMismatches       elements where exactly one side, or both with different bits, is NaN
 * @param firstDifferingIndex flat (C-order) index of the first element whose bits differ, or -1
 * @param storedAtFirst       the stored value there (NaN when there is none)
 * @param recomputedAtFirst   the recomputed value there (NaN when there is none)
 * @param cutChanges          per working point, the decisions that changed
 */
public record ComparisonResult(
        long elements,
        long bitIdentical,
        long maxUlp,
        double maxAbsolute,
        long nanMismatches,
        long firstDifferingIndex,
        double storedAtFirst,
        double recomputedAtFirst,
        List<CutChanges> cutChanges) {

    public ComparisonResult {
        cutChanges = List.copyOf(cutChanges);
    }

    public boolean isBitExact() {
        return bitIdentical == elements;
    }

    public boolean anyCutChanged() {
        return cutChanges.stream().anyMatch(c -> c.changedDecisions() > 0);
    }
}
