package hep.capsule.api;

import java.util.List;
import java.util.Optional;

/**
 * How one recomputed tensor compares, bit by bit, with the one stored in the capsule.
 *
 * @param model the model's id
 * @param tensor the output (or input) name
 * @param kind what was recomputed, against what
 * @param elements elements compared
 * @param bitIdentical elements whose bits are identical
 * @param maxUlp the largest distance in units in the last place
 * @param maxAbsolute the largest absolute difference
 * @param nanMismatches elements where exactly one side, or both with different bits, is NaN
 * @param firstDifference the first element whose bits differ; empty when none does
 * @param largestDifference the first element with the largest absolute difference; empty when none differs
 * @param cutChanges per working point, the cut decisions that changed
 * @param withinTolerance whether every difference lies within the tolerance the capsule declares
 */
public record OutputComparison(
        String model,
        String tensor,
        Kind kind,
        long elements,
        long bitIdentical,
        long maxUlp,
        double maxAbsolute,
        long nanMismatches,
        Optional<Difference> firstDifference,
        Optional<Difference> largestDifference,
        List<CutChange> cutChanges,
        boolean withinTolerance) {

    /** What a comparison is about; only the first three decide the verdict, the others are reported only. */
    public enum Kind {
        /** The main runtime's output against the one it gave at packing. */
        REFERENCE_OUTPUT,
        /** The portable witness's output against the one it gave at packing: bit-identical on any machine. */
        WITNESS_OUTPUT,
        /** Physical reference values normalised again against the stored model-ready inputs. */
        NORMALISED_INPUT,
        /** The main runtime's output here against the witness's stored output. */
        MAIN_RUNTIME_AGAINST_WITNESS,
        /** A model output against the training framework's outputs. */
        TRAINING_FRAMEWORK_OUTPUT,
        /** An ONNX twin's output against its original's stored output. */
        TWIN_AGAINST_ORIGINAL;

        /** Whether comparisons of this kind decide the verdict. */
        public boolean decidesVerdict() {
            return hep.capsule.internal.verifier.report.OutputReport.Kind.valueOf(name())
                    .decidesVerdict();
        }
    }

    /** A differing element: its flat (C-order) index and both values. */
    public record Difference(long index, double stored, double recomputed) {}

    /**
     * The cut decisions of one working point that re-execution changed.
     *
     * @param workingPoint the working point ({@code model / output / name})
     * @param changedDecisions how many decisions changed
     * @param firstChangedIndex the flat index of the first change, or -1
     */
    public record CutChange(String workingPoint, long changedDecisions, long firstChangedIndex) {}

    /** Copies {@code cutChanges}. */
    public OutputComparison {
        cutChanges = List.copyOf(cutChanges);
    }

    /** Whether every element is bit-identical. */
    public boolean bitExact() {
        return bitIdentical == elements;
    }
}
