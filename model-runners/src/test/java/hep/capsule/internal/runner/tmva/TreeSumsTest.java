package hep.capsule.internal.runner.tmva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both ways of finding the leaves, the bit-parallel {@link ShallowTrees} and the level walk of {@link CompleteTrees},
 * against a plain walk of random forests node by node: the same float64 sums, bit for bit, for inputs on, just above
 * and just below cuts, signed zeros and infinities, both split rules, forests with few and with thousands of distinct
 * cuts, and event counts that fill no whole block.
 */
class TreeSumsTest {

    private static final int VARIABLES = 5;

    @Test
    void shallowForestsWithFewCuts() {
        for (SplitRule split : SplitRule.values()) {
            RandomForest forest = new RandomForest(new Random(1), split, 3, 200, 20);
            forest.check(ShallowTrees.of(forest.forest), 1001);
            forest.check(CompleteTrees.of(forest.forest), 1001);
        }
    }

    @Test
    void shallowForestsWithThousandsOfDistinctCutsUseWiderLanes() {
        for (SplitRule split : SplitRule.values()) {
            RandomForest forest = new RandomForest(new Random(2), split, 3, 3000, 1 << 20);
            forest.check(ShallowTrees.of(forest.forest), 777);
        }
    }

    @Test
    void deeperForestsAreWalkedLevelByLevel() {
        RandomForest forest = new RandomForest(new Random(3), SplitRule.AT_OR_ABOVE, 6, 100, 50);
        assertTrue(forest.maxDepth() > ShallowTrees.DEPTH, "the random forest should have a tree deeper than 3");
        assertTrue(TreeSums.of(forest.forest) instanceof CompleteTrees);
        forest.check(TreeSums.of(forest.forest), 500);
    }

    @Test
    void shallowForestsChooseTheBitParallelEvaluation() {
        RandomForest forest = new RandomForest(new Random(4), SplitRule.ABOVE, 2, 10, 5);
        assertTrue(TreeSums.of(forest.forest) instanceof ShallowTrees);
    }

    /** A random forest, and inputs drawn around its cuts. */
    private static final class RandomForest {
        final Random random;
        final float[] cutPool;
        final List<Integer> variable = new ArrayList<>();
        final List<Float> cut = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        final List<Double> leaf = new ArrayList<>();
        final BdtForest forest;
        private int depth;

        RandomForest(Random random, SplitRule split, int maxDepth, int trees, int distinctCuts) {
            this.random = random;
            this.cutPool = new float[distinctCuts];
            for (int i = 0; i < distinctCuts; i++) {
                cutPool[i] = i % 7 == 0 ? (i % 2 == 0 ? 0f : -0f) : (float) random.nextGaussian() * 100;
            }
            int[] roots = new int[trees];
            int[] depths = new int[trees];
            for (int t = 0; t < trees; t++) {
                depth = 0;
                roots[t] = node(0, maxDepth);
                depths[t] = depth;
            }
            forest = new BdtForest(
                    VARIABLES,
                    roots,
                    depths,
                    variable.stream().mapToInt(Integer::intValue).toArray(),
                    floats(cut),
                    children.stream().mapToInt(Integer::intValue).toArray(),
                    leaf.stream().mapToDouble(Double::doubleValue).toArray(),
                    split,
                    new BdtResponse.GradientBoost());
        }

        /**
         * A node at {@code level}: a leaf at the deepest level and sometimes above it, else a cut with two subtrees.
         */
        private int node(int level, int maxDepth) {
            int index = variable.size();
            variable.add(0);
            cut.add(0f);
            children.add(index);
            children.add(index);
            leaf.add(random.nextGaussian());
            if (level == maxDepth || (level > 0 && random.nextInt(4) == 0)) {
                depth = Math.max(depth, level);
                return index;
            }
            variable.set(index, random.nextInt(VARIABLES));
            cut.set(index, cutPool[random.nextInt(cutPool.length)]);
            children.set(2 * index, node(level + 1, maxDepth));
            children.set(2 * index + 1, node(level + 1, maxDepth));
            return index;
        }

        int maxDepth() {
            int max = 0;
            for (int t = 0; t < forest.treeCount(); t++) {
                max = Math.max(max, forest.depth(t));
            }
            return max;
        }

        float input() {
            return switch (random.nextInt(8)) {
                case 0 -> Float.POSITIVE_INFINITY;
                case 1 -> Float.NEGATIVE_INFINITY;
                case 2 -> Math.nextUp(cutPool[random.nextInt(cutPool.length)]);
                case 3 -> Math.nextDown(cutPool[random.nextInt(cutPool.length)]);
                case 4 -> (float) random.nextGaussian() * 100;
                default -> cutPool[random.nextInt(cutPool.length)];
            };
        }

        void check(TreeSums sums, int events) {
            float[] values = new float[events * VARIABLES];
            for (int i = 0; i < values.length; i++) {
                values[i] = input();
            }
            double[] got = sums.sums(values, events);
            for (int e = 0; e < events; e++) {
                double expected = plainWalk(values, e * VARIABLES);
                assertEquals(
                        Double.doubleToRawLongBits(expected),
                        Double.doubleToRawLongBits(got[e]),
                        sums.getClass().getSimpleName() + ", event " + e + ": expected " + expected + ", got "
                                + got[e]);
            }
        }

        private double plainWalk(float[] values, int offset) {
            double sum = 0;
            for (int t = 0; t < forest.treeCount(); t++) {
                int n = forest.root(t);
                while (!forest.isLeaf(n)) {
                    float x = values[offset + forest.variable(n)];
                    boolean holds = forest.split() == SplitRule.ABOVE ? x > forest.cut(n) : x >= forest.cut(n);
                    n = holds ? forest.passing(n) : forest.failing(n);
                }
                sum += forest.leafContribution(n);
            }
            return sum;
        }

        private static float[] floats(List<Float> values) {
            float[] result = new float[values.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = values.get(i);
            }
            return result;
        }
    }
}
