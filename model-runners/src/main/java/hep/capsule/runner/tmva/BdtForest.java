package hep.capsule.runner.tmva;

/**
 * A TMVA forest laid out flat for fast evaluation. Node {@code n} compares input
 * {@code variable[n]} with {@code cut[n]} (float32, as TMVA stores it) and continues with
 * {@code children[2n + 1]} when the split rule holds, else with {@code children[2n]}: the cType
 * of the file is already resolved into this order. A child code {@code c >= 0} is a node;
 * {@code c < 0} is the leaf {@code ~c}, whose contribution to the sum is its leaf value, times
 * the tree's boost weight for the boost-weighted-mean responses. Trees are summed in file order.
 */
final class BdtForest {

    /** What TMVA's Reader returns for an event with a NaN input (Reader::EvaluateMVA). */
    static final double NAN_INPUT_RESPONSE = -999;

    private final int variableCount;
    private final int[] roots;
    private final int[] variable;
    private final float[] cut;
    private final int[] children;
    private final double[] leafContribution;
    private final boolean strictlyAbove;
    private final BdtResponse response;

    BdtForest(int variableCount, int[] roots, int[] variable, float[] cut, int[] children,
            double[] leafContribution, SplitRule split, BdtResponse response) {
        this.variableCount = variableCount;
        this.roots = roots.clone();
        this.variable = variable.clone();
        this.cut = cut.clone();
        this.children = children.clone();
        this.leafContribution = leafContribution.clone();
        this.strictlyAbove = split == SplitRule.ABOVE;
        this.response = response;
    }

    int variableCount() {
        return variableCount;
    }

    int treeCount() {
        return roots.length;
    }

    BdtResponse response() {
        return response;
    }

    /**
     * The responses of {@code events} events stored one after the other in {@code values}. The
     * trees are walked tree by tree over all events, which keeps each tree in the cache; every
     * event still sums its trees in file order, so the result is the same as event by event.
     */
    double[] evaluate(float[] values, int events) {
        double[] sums = new double[events];
        for (int root : roots) {
            for (int event = 0, offset = 0; event < events; event++, offset += variableCount) {
                int n = root;
                while (n >= 0) {
                    float x = values[offset + variable[n]];
                    boolean passes = strictlyAbove ? x > cut[n] : x >= cut[n];
                    n = children[2 * n + (passes ? 1 : 0)];
                }
                sums[event] += leafContribution[~n];
            }
        }
        double[] responses = new double[events];
        for (int event = 0; event < events; event++) {
            responses[event] = hasNan(values, event * variableCount) ? NAN_INPUT_RESPONSE : response.of(sums[event]);
        }
        return responses;
    }

    private boolean hasNan(float[] values, int offset) {
        for (int i = offset; i < offset + variableCount; i++) {
            if (Float.isNaN(values[i])) {
                return true;
            }
        }
        return false;
    }
}
