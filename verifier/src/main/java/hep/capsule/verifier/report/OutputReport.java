package hep.capsule.verifier.report;

import hep.capsule.verifier.compare.ComparisonResult;

/**
 * How one recomputed tensor compares with the one stored in the capsule.
 *
 * @param model           the model id
 * @param tensor          the output (or input) name
 * @param kind            what was recomputed
 * @param type            its element type
 * @param comparison      the bit-by-bit comparison
 * @param withinTolerance whether every difference lies within the tolerance the capsule declares
 *                        (false when it declares none and something differs)
 */
public record OutputReport(String model, String tensor, Kind kind, String type, ComparisonResult comparison, boolean withinTolerance) {

    /** What a comparison is about; only the first three decide the verdict. */
    public enum Kind {
        /** The main runtime's output (onnxruntime for ONNX) against the one it gave at packing. */
        REFERENCE_OUTPUT,
        /** The portable witness's output against the one it gave at packing: must be bit-identical on any machine. */
        WITNESS_OUTPUT,
        /** Physical reference values normalised again against the stored model-ready inputs. */
        NORMALISED_INPUT,
        /** The main runtime's output here against the witness's stored output: how far the runtimes are apart; reported only. */
        MAIN_RUNTIME_AGAINST_WITNESS,
        /** A model output against the training framework's outputs, within their declared tolerance; reported only. */
        TRAINING_FRAMEWORK_OUTPUT;

        public boolean decidesVerdict() {
            return this == REFERENCE_OUTPUT || this == WITNESS_OUTPUT || this == NORMALISED_INPUT;
        }
    }
}
