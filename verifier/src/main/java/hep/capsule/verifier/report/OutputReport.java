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

    /** What a comparison is about; only the first two decide the verdict. */
    public enum Kind {
        /** A model output against the reference output stored at packing. */
        REFERENCE_OUTPUT,
        /** Physical reference values normalised again against the stored model-ready inputs. */
        NORMALISED_INPUT,
        /** A model output against the training framework's outputs, within their declared tolerance; reported only. */
        TRAINING_FRAMEWORK_OUTPUT;

        public boolean decidesVerdict() {
            return this != TRAINING_FRAMEWORK_OUTPUT;
        }
    }
}
