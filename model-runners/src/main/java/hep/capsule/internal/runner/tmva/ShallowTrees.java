package hep.capsule.internal.runner.tmva;

import java.util.Arrays;

/**
 * A forest of trees at most {@value #DEPTH} levels deep (TMVA's default MaxDepth), evaluated several events at a time
 * in one 64-bit word. Every tree is padded to a complete tree of depth {@value #DEPTH} ({@link CompleteTrees}); each
 * event's inputs are replaced by their {@link ThresholdRanks}, packed side by side in lanes of {@code laneBits} bits
 * whose top bit is set (a guard). Subtracting a node's rank, repeated in every lane, from such a word leaves each guard
 * bit set exactly when that lane's event reaches the node's threshold: one subtraction compares all the word's events
 * at once, and no lane borrows from the next. All {@value #NODES} nodes of a tree are compared, giving each event a
 * 7-bit pattern, which a table turns into the leaf the event reaches. Every event still adds its trees' leaves in file
 * order.
 */
final class ShallowTrees implements TreeSums {

    static final int DEPTH = 3;
    private static final int NODES = (1 << DEPTH) - 1;
    private static final int LEAVES = 1 << DEPTH;
    /** The bits of one event's pattern: one per node. */
    private static final int PATTERN = (1 << NODES) - 1;
    /** Words of events compared together, tree after tree: a few kilobytes, in the L1 cache. */
    private static final int WORDS_PER_BLOCK = 64;
    /** The leaf (0 to 7) reached for each pattern whose bit h says whether node h's split rule holds. */
    private static final byte[] LEAF_OF_PATTERN = leafOfPattern();

    private final int variableCount;
    private final int trees;
    private final ThresholdRanks ranks;
    private final int laneBits;
    private final int lanes;
    private final long guards;
    /** Where node h of tree t finds its variable's words in a block: {@code variable * WORDS_PER_BLOCK}. */
    private final int[] wordOffset;
    /** The rank of node h of tree t, repeated in every lane. */
    private final long[] repeatedRank;

    private final double[] leaf;

    private ShallowTrees(CompleteTrees complete) {
        this.variableCount = complete.variableCount();
        this.trees = complete.treeCount();
        this.ranks = ThresholdRanks.of(complete, NODES);
        // Ranks need their bits plus the guard; the pattern needs 7 bits below the guard.
        this.laneBits = Math.max(NODES + 1, 33 - Integer.numberOfLeadingZeros(ranks.largest()));
        this.lanes = Long.SIZE / laneBits;
        long ones = 0;
        for (int lane = 0; lane < lanes; lane++) {
            ones |= 1L << (lane * laneBits);
        }
        this.guards = ones << (laneBits - 1);
        this.wordOffset = new int[trees * NODES];
        this.repeatedRank = new long[trees * NODES];
        this.leaf = new double[trees * LEAVES];
        for (int t = 0; t < trees; t++) {
            for (int h = 0; h < NODES; h++) {
                int variable = complete.variable(t, h);
                wordOffset[t * NODES + h] = variable * WORDS_PER_BLOCK;
                repeatedRank[t * NODES + h] = ranks.ofThreshold(variable, complete.thresholdKey(t, h)) * ones;
            }
            for (int i = 0; i < LEAVES; i++) {
                leaf[t * LEAVES + i] = complete.leaf(t, i);
            }
        }
    }

    /** Whether every tree of {@code forest} is at most {@value #DEPTH} levels deep. */
    static boolean fits(BdtForest forest) {
        for (int t = 0; t < forest.treeCount(); t++) {
            if (forest.depth(t) > DEPTH) {
                return false;
            }
        }
        return true;
    }

    /** Lays out {@code forest}, which must {@link #fits fit}. */
    static ShallowTrees of(BdtForest forest) {
        return new ShallowTrees(CompleteTrees.of(forest, DEPTH));
    }

    private static byte[] leafOfPattern() {
        byte[] table = new byte[PATTERN + 1];
        for (int pattern = 0; pattern < table.length; pattern++) {
            int h = 0;
            for (int level = 0; level < DEPTH; level++) {
                h = 2 * h + 1 + ((pattern >>> h) & 1);
            }
            table[pattern] = (byte) (h - NODES);
        }
        return table;
    }

    @Override
    public double[] sums(float[] values, int events) {
        int eventsPerBlock = WORDS_PER_BLOCK * lanes;
        double[] sums = new double[events];
        double[] blockSums = new double[eventsPerBlock];
        long[] words = new long[variableCount * WORDS_PER_BLOCK];
        int[] eventRanks = new int[eventsPerBlock];
        for (int first = 0; first < events; first += eventsPerBlock) {
            int end = Math.min(events, first + eventsPerBlock);
            int blockWords = pack(values, first, end, words, eventRanks);
            Arrays.fill(blockSums, 0);
            for (int t = 0; t < trees; t++) {
                addTree(t, words, blockWords, blockSums);
            }
            System.arraycopy(blockSums, 0, sums, first, end - first);
        }
        return sums;
    }

    /**
     * Packs the ranks of events first to end into {@code words}, lane by lane; returns the number of words per
     * variable.
     */
    private int pack(float[] values, int first, int end, long[] words, int[] eventRanks) {
        int blockWords = (end - first + lanes - 1) / lanes;
        for (int v = 0; v < variableCount; v++) {
            ranks.ofInputs(v, values, first * variableCount + v, variableCount, end - first, eventRanks);
            for (int w = 0, event = 0; w < blockWords; w++) {
                long word = guards;
                for (int lane = 0; lane < lanes && event < end - first; lane++, event++) {
                    word |= (long) eventRanks[event] << (lane * laneBits);
                }
                words[v * WORDS_PER_BLOCK + w] = word;
            }
        }
        return blockWords;
    }

    /** Adds tree t's leaf to the sum of every event of the block (lanes past the last event add to unused sums). */
    private void addTree(int t, long[] words, int blockWords, double[] blockSums) {
        // Fields in locals: the JIT keeps them in registers through the loop (a few per cent faster, measured).
        int[] wordOffset = this.wordOffset;
        long[] repeatedRank = this.repeatedRank;
        double[] leaf = this.leaf;
        int n = t * NODES;
        int a0 = wordOffset[n], a1 = wordOffset[n + 1], a2 = wordOffset[n + 2], a3 = wordOffset[n + 3];
        int a4 = wordOffset[n + 4], a5 = wordOffset[n + 5], a6 = wordOffset[n + 6];
        long r0 = repeatedRank[n], r1 = repeatedRank[n + 1], r2 = repeatedRank[n + 2], r3 = repeatedRank[n + 3];
        long r4 = repeatedRank[n + 4], r5 = repeatedRank[n + 5], r6 = repeatedRank[n + 6];
        long guard = guards;
        int width = laneBits;
        int top = width - 1;
        int lanesPerWord = lanes;
        int leaves = t * LEAVES;
        for (int w = 0, event = 0; w < blockWords; w++) {
            // Bit h of each lane: node h's split rule holds for that lane's event.
            long patterns = ((words[a0 + w] - r0) & guard) >>> top
                    | ((words[a1 + w] - r1) & guard) >>> (top - 1)
                    | ((words[a2 + w] - r2) & guard) >>> (top - 2)
                    | ((words[a3 + w] - r3) & guard) >>> (top - 3)
                    | ((words[a4 + w] - r4) & guard) >>> (top - 4)
                    | ((words[a5 + w] - r5) & guard) >>> (top - 5)
                    | ((words[a6 + w] - r6) & guard) >>> (top - 6);
            for (int lane = 0; lane < lanesPerWord; lane++, event++, patterns >>>= width) {
                blockSums[event] += leaf[leaves + LEAF_OF_PATTERN[(int) patterns & PATTERN]];
            }
        }
    }
}
