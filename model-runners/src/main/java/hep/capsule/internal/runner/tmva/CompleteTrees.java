package hep.capsule.internal.runner.tmva;

/**
 * The trees of a forest padded to complete binary trees and stored level by level, for walking without a single branch
 * that depends on the event. In a tree of depth d, node {@code h} ({@code 0 <= h < 2^d - 1}) has its children at
 * {@code 2h + 1} (the split rule fails) and {@code 2h + 2} (it holds), and after d steps {@code h - (2^d - 1)} numbers
 * the leaf. A leaf of the file above depth d becomes nodes that always continue to the same side, with the leaf's
 * contribution at the end of that path.
 *
 * <p>Comparisons are made on order keys: each float32 mapped to an int whose signed order is the float order (-0 is
 * first made +0, NaN has a key above +infinity), so {@code x >= t} becomes the sign of a 64-bit difference. Every event
 * sums its trees in file order.
 */
final class CompleteTrees implements TreeSums {

    /** The most nodes the padded forest may have: 64 Mi, far above TMVA's usual depths of 3 to 6. */
    static final long MAX_NODES = 1L << 26;

    /** Events walked together, tree after tree: their keys and sums stay in the L1 cache. */
    private static final int EVENTS_PER_BLOCK = 64;

    /** A key below every float's: such a node always holds, continuing to 2h + 2. */
    private static final int ALWAYS = Integer.MIN_VALUE;
    /** A key above every float's but NaN's: for {@code x > +infinity}, which no number passes. */
    private static final int NEVER = Integer.MAX_VALUE;

    private final int variableCount;
    private final int[] depths;
    /** Where tree t's nodes start in {@link #variable} and {@link #thresholdKey}, and its leaves in {@link #leaf}. */
    private final int[] firstNode;

    private final int[] firstLeaf;
    private final int[] variable;
    private final int[] thresholdKey;
    private final double[] leaf;

    private CompleteTrees(
            int variableCount,
            int[] depths,
            int[] firstNode,
            int[] firstLeaf,
            int[] variable,
            int[] thresholdKey,
            double[] leaf) {
        this.variableCount = variableCount;
        this.depths = depths;
        this.firstNode = firstNode;
        this.firstLeaf = firstLeaf;
        this.variable = variable;
        this.thresholdKey = thresholdKey;
        this.leaf = leaf;
    }

    /** The number of nodes and leaves the padded forest needs: sum over trees of 2^(d+1) - 1. */
    static long size(int[] depths) {
        long total = 0;
        for (int depth : depths) {
            total += (2L << depth) - 1;
        }
        return total;
    }

    /** Lays out {@code forest}, whose {@link #size(int[]) size} must not exceed {@link #MAX_NODES}. */
    static CompleteTrees of(BdtForest forest) {
        return of(forest, 0);
    }

    /** Lays out {@code forest} with every tree at least {@code minimumDepth} levels deep. */
    static CompleteTrees of(BdtForest forest, int minimumDepth) {
        int trees = forest.treeCount();
        int[] depths = new int[trees];
        int[] firstNode = new int[trees];
        int[] firstLeaf = new int[trees];
        int nodes = 0;
        int leaves = 0;
        for (int t = 0; t < trees; t++) {
            depths[t] = Math.max(forest.depth(t), minimumDepth);
            firstNode[t] = nodes;
            firstLeaf[t] = leaves;
            nodes += (1 << depths[t]) - 1;
            leaves += 1 << depths[t];
        }
        CompleteTrees layout = new CompleteTrees(
                forest.variableCount(),
                depths,
                firstNode,
                firstLeaf,
                new int[nodes],
                new int[nodes],
                new double[leaves]);
        for (int t = 0; t < trees; t++) {
            layout.place(forest, t, forest.root(t), 0, 0);
        }
        return layout;
    }

    /** Places file node {@code n} of tree {@code t} at level position {@code h}, {@code level} steps below the root. */
    private void place(BdtForest forest, int t, int n, int h, int level) {
        int depth = depths[t];
        if (level == depth) {
            leaf[firstLeaf[t] + h - ((1 << depth) - 1)] = forest.leafContribution(n);
            return;
        }
        boolean isLeaf = forest.isLeaf(n);
        variable[firstNode[t] + h] = isLeaf ? 0 : forest.variable(n);
        thresholdKey[firstNode[t] + h] = isLeaf ? ALWAYS : thresholdKey(forest.cut(n), forest.split());
        place(forest, t, isLeaf ? n : forest.failing(n), 2 * h + 1, level + 1);
        place(forest, t, isLeaf ? n : forest.passing(n), 2 * h + 2, level + 1);
    }

    /**
     * The key k with {@code key(x) >= k} exactly when the split rule holds for a number x: the cut's key for
     * {@code >=}; for {@code >}, the key of the next float above the cut.
     */
    private static int thresholdKey(float cut, SplitRule split) {
        if (split != SplitRule.ABOVE) {
            return key(cut);
        }
        return cut == Float.POSITIVE_INFINITY ? NEVER : key(Math.nextUp(cut));
    }

    int variableCount() {
        return variableCount;
    }

    int treeCount() {
        return depths.length;
    }

    /** The input compared at node {@code h} (level order, as above) of tree {@code t}. */
    int variable(int t, int h) {
        return variable[firstNode[t] + h];
    }

    /** The order key that input must reach at node {@code h} of tree {@code t} to continue to {@code 2h + 2}. */
    int thresholdKey(int t, int h) {
        return thresholdKey[firstNode[t] + h];
    }

    /** The contribution of leaf {@code i} (left to right, 0 to 2^depth - 1) of tree {@code t}. */
    double leaf(int t, int i) {
        return leaf[firstLeaf[t] + i];
    }

    /** An int whose signed order is the order of the floats, -0 and +0 equal. */
    static int key(float f) {
        int bits = Float.floatToRawIntBits(f + 0.0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    @Override
    public double[] sums(float[] values, int events) {
        double[] sums = new double[events];
        int[] keys = new int[EVENTS_PER_BLOCK * variableCount];
        for (int first = 0; first < events; first += EVENTS_PER_BLOCK) {
            int end = Math.min(events, first + EVENTS_PER_BLOCK);
            for (int i = 0, j = first * variableCount; j < end * variableCount; i++, j++) {
                keys[i] = key(values[j]);
            }
            for (int t = 0; t < depths.length; t++) {
                int depth = depths[t];
                int nodes = firstNode[t];
                int leaves = firstLeaf[t] - ((1 << depth) - 1);
                for (int event = first, offset = 0; event < end; event++, offset += variableCount) {
                    int h = 0;
                    for (int step = 0; step < depth; step++) {
                        long fails = ((long) keys[offset + variable[nodes + h]] - thresholdKey[nodes + h]) >>> 63;
                        h = 2 * h + 2 - (int) fails;
                    }
                    sums[event] += leaf[leaves + h];
                }
            }
        }
        return sums;
    }
}
