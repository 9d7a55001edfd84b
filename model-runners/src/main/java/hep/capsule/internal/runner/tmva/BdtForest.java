package hep.capsule.internal.runner.tmva;

/**
 * A TMVA forest as the file describes it, with the cType of each node already resolved. Node {@code n} compares input
 * {@code variable(n)} with {@code cut(n)} (float32, as TMVA stores it) and continues with {@code passing(n)} when the
 * split rule holds, else with {@code failing(n)}. A leaf is a node whose both children are itself; its contribution to
 * the sum is its leaf value, times the tree's boost weight for the boost-weighted-mean responses. Tree {@code t} starts
 * at {@code root(t)} and reaches a leaf within {@code depth(t)} steps. Trees are summed in file order; the evaluation
 * itself finds the same leaves with {@link TreeSums}.
 */
final class BdtForest {

    /** What TMVA's Reader returns for an event with a NaN input (Reader::EvaluateMVA). */
    static final double NAN_INPUT_RESPONSE = -999;

    private final int variableCount;
    private final int[] roots;
    private final int[] depths;
    private final int[] variable;
    private final float[] cut;
    private final int[] children;
    private final double[] leafContribution;
    private final SplitRule split;
    private final BdtResponse response;
    private final TreeSums treeSums;

    /**
     * @param children {@code children[2n]} is where node n continues when the split rule fails, {@code children[2n +
     *     1]} where it continues when it holds
     * @param depths at most {@link CompleteTrees#MAX_NODES} nodes when padded ({@link CompleteTrees#size})
     */
    BdtForest(
            int variableCount,
            int[] roots,
            int[] depths,
            int[] variable,
            float[] cut,
            int[] children,
            double[] leafContribution,
            SplitRule split,
            BdtResponse response) {
        this.variableCount = variableCount;
        this.roots = roots.clone();
        this.depths = depths.clone();
        this.variable = variable.clone();
        this.cut = cut.clone();
        this.children = children.clone();
        this.leafContribution = leafContribution.clone();
        this.split = split;
        this.response = response;
        this.treeSums = TreeSums.of(this);
    }

    int variableCount() {
        return variableCount;
    }

    int treeCount() {
        return roots.length;
    }

    int root(int tree) {
        return roots[tree];
    }

    int depth(int tree) {
        return depths[tree];
    }

    boolean isLeaf(int node) {
        return children[2 * node] == node;
    }

    int variable(int node) {
        return variable[node];
    }

    float cut(int node) {
        return cut[node];
    }

    int failing(int node) {
        return children[2 * node];
    }

    int passing(int node) {
        return children[2 * node + 1];
    }

    double leafContribution(int node) {
        return leafContribution[node];
    }

    SplitRule split() {
        return split;
    }

    BdtResponse response() {
        return response;
    }

    /** The responses of {@code events} events stored one after the other in {@code values}. */
    double[] evaluate(float[] values, int events) {
        double[] sums = treeSums.sums(values, events);
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
