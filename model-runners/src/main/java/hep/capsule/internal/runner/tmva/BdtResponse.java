package hep.capsule.internal.runner.tmva;

/**
 * Turns the forest's sum of leaf contributions into the classifier response, as TMVA's MethodBDT does (GetGradBoostMVA
 * for Grad, PrivateGetMvaValue otherwise). Evaluated in float64 with {@link StrictMath}, so the result does not depend
 * on the JVM or the CPU.
 */
sealed interface BdtResponse {

    double of(double sumOfLeaves);

    /** The formula, as recorded in a capsule. */
    String formula();

    /** Gradient boost: {@code 2 / (1 + exp(-2 * sum)) - 1}, a number in [-1, 1]. */
    record GradientBoost() implements BdtResponse {
        @Override
        public double of(double sum) {
            return 2.0 / (1.0 + StrictMath.exp(-2.0 * sum)) - 1.0;
        }

        @Override
        public String formula() {
            return "2/(1+exp(-2*sum(leaf)))-1 in float64, exp = java.lang.StrictMath.exp";
        }
    }

    /**
     * AdaBoost, RealAdaBoost and Bagging: {@code sum(boostWeight * leaf) / sum(boostWeight)}, or 0 when the boost
     * weights sum to no more than the float64 epsilon.
     *
     * @param totalBoostWeight the boost weights summed in tree order
     */
    record BoostWeightedMean(double totalBoostWeight) implements BdtResponse {
        @Override
        public double of(double weightedSum) {
            return totalBoostWeight > Math.ulp(1.0) ? weightedSum / totalBoostWeight : 0.0;
        }

        @Override
        public String formula() {
            return "sum(boostWeight*leaf)/sum(boostWeight) in float64, 0 when sum(boostWeight) <= 2^-52";
        }
    }
}
