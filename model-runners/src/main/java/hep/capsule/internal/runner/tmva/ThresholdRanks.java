package hep.capsule.internal.runner.tmva;

import java.util.Arrays;

/**
 * Replaces comparisons with cuts by comparisons of small integers. For each input variable, the distinct order keys
 * ({@link CompleteTrees#key}) that its nodes compare with, sorted: the threshold of rank r is the r-th smallest (from
 * 1). An input's rank is the number of those thresholds at or below its key, so an input reaches a node's threshold
 * exactly when its rank is at least the node's rank. Ranks run from 0 to {@link #largest()}.
 */
final class ThresholdRanks {

    /** Per variable, the sorted distinct threshold keys, padded to a power of two with keys above every int. */
    private final long[][] thresholds;

    private final int[] counts;

    private ThresholdRanks(long[][] thresholds, int[] counts) {
        this.thresholds = thresholds;
        this.counts = counts;
    }

    static ThresholdRanks of(CompleteTrees trees, int nodesPerTree) {
        int[][] keys = new int[trees.variableCount()][];
        int[] counts = new int[keys.length];
        for (int v = 0; v < keys.length; v++) {
            keys[v] = new int[16];
        }
        for (int t = 0; t < trees.treeCount(); t++) {
            for (int h = 0; h < nodesPerTree; h++) {
                int v = trees.variable(t, h);
                if (counts[v] == keys[v].length) {
                    keys[v] = Arrays.copyOf(keys[v], 2 * counts[v]);
                }
                keys[v][counts[v]++] = trees.thresholdKey(t, h);
            }
        }
        long[][] thresholds = new long[keys.length][];
        for (int v = 0; v < keys.length; v++) {
            int[] distinct =
                    Arrays.stream(keys[v], 0, counts[v]).sorted().distinct().toArray();
            counts[v] = distinct.length;
            thresholds[v] = new long[Integer.highestOneBit(distinct.length) * 2];
            Arrays.fill(thresholds[v], Long.MAX_VALUE);
            for (int i = 0; i < distinct.length; i++) {
                thresholds[v][i] = distinct[i];
            }
        }
        return new ThresholdRanks(thresholds, counts);
    }

    /** The largest rank of any variable: its number of distinct thresholds. */
    int largest() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** The rank of a threshold key of {@code variable}'s nodes. */
    int ofThreshold(int variable, int key) {
        return Arrays.binarySearch(thresholds[variable], 0, counts[variable], key) + 1;
    }

    /**
     * The ranks of {@code variable}'s values in {@code count} events, {@code values[from + i * stride]} for event i,
     * each found by a binary search without a branch that depends on the value.
     */
    void ofInputs(int variable, float[] values, int from, int stride, int count, int[] ranks) {
        long[] sorted = thresholds[variable];
        int firstStep = sorted.length / 2;
        for (int i = 0, at = from; i < count; i++, at += stride) {
            long key = CompleteTrees.key(values[at]);
            int rank = 0;
            for (int step = firstStep; step > 0; step >>>= 1) {
                rank += sorted[rank + step - 1] <= key ? step : 0;
            }
            ranks[i] = rank;
        }
    }
}
