package hep.capsule.internal.verifier.report;

import hep.capsule.internal.verifier.compare.ComparisonResult;
import java.util.List;

/**
 * How one recomputed tensor compares with the one stored in the capsule.
 *
 * @param model the model id
 * @param tensor the output (or input) name
 * @param kind what was recomputed
 * @param type its element type
 * @param comparison the bit-by-bit comparison
 * @param withinTolerance whether every difference lies within the tolerance the capsule declares (false when it
 *     declares none and something differs)
 */
public record OutputReport(
        String model, String tensor, Kind kind, String type, ComparisonResult comparison, boolean withinTolerance) {

    /** What a comparison is about; only the first three decide the verdict. */
    public enum Kind {
        /** The main runtime's output (onnxruntime for ONNX) against the one it gave at packing. */
        REFERENCE_OUTPUT,
        /** The portable witness's output against the one it gave at packing: must be bit-identical on any machine. */
        WITNESS_OUTPUT,
        /** Physical reference values normalised again against the stored model-ready inputs. */
        NORMALISED_INPUT,
        /**
         * The main runtime's output here against the witness's stored output: how far the runtimes are apart; reported
         * only.
         */
        MAIN_RUNTIME_AGAINST_WITNESS,
        /** A model output against the training framework's outputs, within their declared tolerance; reported only. */
        TRAINING_FRAMEWORK_OUTPUT,
        /**
         * An ONNX twin's output (main runtime, here) against its original's stored output, at the original's working
         * points; acceptable when no cut decision differs; reported only.
         */
        TWIN_AGAINST_ORIGINAL;

        public boolean decidesVerdict() {
            return this == REFERENCE_OUTPUT || this == WITNESS_OUTPUT || this == NORMALISED_INPUT;
        }
    }

    /** What was compared, e.g. {@code output score from the portable witness}. */
    public String label() {
        return switch (kind) {
            case REFERENCE_OUTPUT -> "output " + tensor;
            case WITNESS_OUTPUT -> "output " + tensor + " from the portable witness";
            case MAIN_RUNTIME_AGAINST_WITNESS -> "output " + tensor + " here against the witness's (reported only)";
            case NORMALISED_INPUT -> "input " + tensor + " normalised from the physical values";
            case TRAINING_FRAMEWORK_OUTPUT -> "output " + tensor + " against the training framework (reported only)";
            case TWIN_AGAINST_ORIGINAL ->
                "output " + tensor + " of the twin here against its original's (reported only)";
        };
    }

    /**
     * One line on a twin against its original, e.g. {@code twin bdt_onnx / response against its original: largest
     * |difference| 2.9E-7 at element 17 (original 0.91, twin 0.9100003), largest distance 5 ULP; no cut decision
     * differs (reported only)}.
     */
    public String twinSummary() {
        StringBuilder text = new StringBuilder("twin " + model + " / " + tensor + " against its original: ");
        if (comparison.isBitExact()) {
            text.append("all ").append(comparison.elements()).append(" elements bit-identical");
        } else {
            text.append(comparison.elements() - comparison.bitIdentical())
                    .append(" of ")
                    .append(comparison.elements())
                    .append(" elements differ, largest |difference| ")
                    .append(comparison.maxAbsolute())
                    .append(
                            comparison.largestDifference() == null
                                    ? ""
                                    : " at element "
                                            + comparison.largestDifference().index() + " (original "
                                            + comparison.largestDifference().stored() + ", twin "
                                            + comparison.largestDifference().recomputed() + ")")
                    .append(", largest distance ")
                    .append(comparison.maxUlp())
                    .append(" ULP")
                    .append(
                            comparison.nanMismatches() > 0
                                    ? ", " + comparison.nanMismatches() + " NaN mismatches"
                                    : "");
        }
        List<String> changed = comparison.cutChanges().stream()
                .filter(c -> c.changedDecisions() > 0)
                .map(c -> c.changedDecisions() + " at " + c.cut() + " (first at element " + c.firstChangedIndex() + ")")
                .toList();
        text.append(
                changed.isEmpty()
                        ? "; no cut decision differs"
                        : "; THE TWIN CHANGES CUT DECISIONS: " + String.join(", ", changed));
        return text.append(" (reported only)").toString();
    }
}
