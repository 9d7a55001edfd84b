package hep.capsule.internal.schema;

/**
 * How a physical value x becomes the value the model consumes. {@link #apply} evaluates the formula in float64; the
 * caller rounds the result once to the input's element type.
 */
public sealed interface Normalisation {

    /** The model-ready value for the physical value {@code x}, computed in float64. */
    double apply(double x);

    /** The formula as written in the descriptor, e.g. {@code (x - offset) / scale}. */
    String formula();

    /** The formula with its numbers put in, e.g. {@code (x - 454.83) / 169.39}. */
    String withNumbers();

    /** The model consumes the physical value unchanged. */
    record None() implements Normalisation {
        @Override
        public double apply(double x) {
            return x;
        }

        @Override
        public String formula() {
            return "none";
        }

        @Override
        public String withNumbers() {
            return "x (no normalisation)";
        }
    }

    /** {@code (x - offset) / scale}. */
    record SubtractOffsetDivideScale(double offset, double scale) implements Normalisation {
        @Override
        public double apply(double x) {
            return (x - offset) / scale;
        }

        @Override
        public String formula() {
            return "(x - offset) / scale";
        }

        @Override
        public String withNumbers() {
            return "(x - " + offset + ") / " + scale;
        }
    }

    /** {@code (x + offset) * scale}. */
    record AddOffsetMultiplyScale(double offset, double scale) implements Normalisation {
        @Override
        public double apply(double x) {
            return (x + offset) * scale;
        }

        @Override
        public String formula() {
            return "(x + offset) * scale";
        }

        @Override
        public String withNumbers() {
            return "(x + " + offset + ") * " + scale;
        }
    }
}
