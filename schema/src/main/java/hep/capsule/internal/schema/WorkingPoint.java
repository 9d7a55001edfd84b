package hep.capsule.internal.schema;

/** A cut the analysis applies to a model output, e.g. {@code output > 0.87} for signal region SR-4j. */
public record WorkingPoint(String name, Operator operator, double threshold) {

    /** True when an output value passes this cut. */
    public boolean passes(double value) {
        return operator.holds(value, threshold);
    }

    /** The comparison of the output value with the threshold. */
    public enum Operator implements DescriptorEnum {
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        @Override
        public String descriptorName() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case GREATER -> value > threshold;
                case GREATER_OR_EQUAL -> value >= threshold;
                case LESS -> value < threshold;
                case LESS_OR_EQUAL -> value <= threshold;
            };
        }
    }
}
