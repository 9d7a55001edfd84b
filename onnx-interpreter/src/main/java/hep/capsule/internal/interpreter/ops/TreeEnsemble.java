package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trees of an ONNX-ML TreeEnsembleRegressor or TreeEnsembleClassifier (ai.onnx.ml opset 1 and 3), read from the
 * {@code nodes_*} attributes and the leaf weights ({@code target_*} or {@code class_*}). Thresholds and weights may
 * come as float lists or, from opset 3, as {@code *_as_tensor} attributes. {@link UnifiedTreeEnsemble} builds them from
 * TreeEnsemble's attributes (ai.onnx.ml 5).
 *
 * <p>Evaluation rule: an event walks each tree from its root (the tree's first node in attribute order); a NaN feature
 * goes to the true branch where {@code nodes_missing_value_tracks_true} is 1; comparisons are exact (float64). Scores
 * start at 0 and receive the reached leaves' weights tree by tree in order, weights of one leaf in attribute order,
 * each sum rounded to float32.
 */
final class TreeEnsemble {
    private static final List<String> MODES =
            List.of("BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ", "LEAF");
    static final int LEAF = 6;

    private final int[] feature;
    private final double[] threshold;
    private final int[] mode;
    private final int[] trueNext;
    private final int[] falseNext;
    private final boolean[] missingGoesTrue;
    private final int[] roots;
    /** Per node, the weights its leaf adds: target or class ids and weights, in attribute order. */
    private final int[][] leafTargets;

    private final double[][] leafWeights;
    private final int targets;

    TreeEnsemble(
            int[] feature,
            double[] threshold,
            int[] mode,
            int[] trueNext,
            int[] falseNext,
            boolean[] missingGoesTrue,
            int[] roots,
            int[][] leafTargets,
            double[][] leafWeights,
            int targets) {
        this.feature = feature;
        this.threshold = threshold;
        this.mode = mode;
        this.trueNext = trueNext;
        this.falseNext = falseNext;
        this.missingGoesTrue = missingGoesTrue;
        this.roots = roots;
        this.leafTargets = leafTargets;
        this.leafWeights = leafWeights;
        this.targets = targets;
    }

    /** @param leafPrefix {@code target} for the regressor, {@code class} for the classifier */
    static TreeEnsemble read(Attributes attributes, String leafPrefix, int targets) {
        long[] treeIds = required(attributes, "nodes_treeids");
        long[] nodeIds = required(attributes, "nodes_nodeids");
        long[] featureIds = required(attributes, "nodes_featureids");
        long[] trueIds = required(attributes, "nodes_truenodeids");
        long[] falseIds = required(attributes, "nodes_falsenodeids");
        double[] values = doubles(attributes, "nodes_values");
        List<String> modes = attributes.strings("nodes_modes").orElseThrow(() -> missing("nodes_modes"));
        long[] missing = attributes.ints("nodes_missing_value_tracks_true").orElse(new long[treeIds.length]);
        int n = treeIds.length;
        if (nodeIds.length != n
                || featureIds.length != n
                || trueIds.length != n
                || falseIds.length != n
                || values.length != n
                || modes.size() != n
                || missing.length != n) {
            throw new InvalidOperandException("the nodes_* attributes have different lengths");
        }
        Map<List<Long>, Integer> index = new HashMap<>();
        Map<Long, Integer> rootByTree = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(List.of(treeIds[i], nodeIds[i]), i);
            rootByTree.putIfAbsent(treeIds[i], i);
        }
        int[] mode = new int[n];
        int[] trueNext = new int[n];
        int[] falseNext = new int[n];
        boolean[] missingGoesTrue = new boolean[n];
        int[] feature = new int[n];
        for (int i = 0; i < n; i++) {
            mode[i] = MODES.indexOf(modes.get(i));
            if (mode[i] < 0) {
                throw new InvalidOperandException("node mode " + modes.get(i) + " is not one of " + MODES);
            }
            feature[i] = (int) featureIds[i];
            missingGoesTrue[i] = missing[i] != 0;
            if (mode[i] != LEAF) {
                trueNext[i] = child(index, treeIds[i], trueIds[i]);
                falseNext[i] = child(index, treeIds[i], falseIds[i]);
            }
        }
        long[] leafTreeIds = required(attributes, leafPrefix + "_treeids");
        long[] leafNodeIds = required(attributes, leafPrefix + "_nodeids");
        long[] leafIds = required(attributes, leafPrefix + "_ids");
        double[] weights = doubles(attributes, leafPrefix + "_weights");
        List<List<int[]>> perNodeTargets = new ArrayList<>();
        List<List<Double>> perNodeWeights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perNodeTargets.add(new ArrayList<>());
            perNodeWeights.add(new ArrayList<>());
        }
        for (int k = 0; k < leafTreeIds.length; k++) {
            int node = child(index, leafTreeIds[k], leafNodeIds[k]);
            if (leafIds[k] < 0 || leafIds[k] >= targets) {
                throw new InvalidOperandException(
                        leafPrefix + "_ids has " + leafIds[k] + ", outside 0.." + (targets - 1));
            }
            perNodeTargets.get(node).add(new int[] {(int) leafIds[k]});
            perNodeWeights.get(node).add(weights[k]);
        }
        int[][] leafTargets = new int[n][];
        double[][] leafWeights = new double[n][];
        for (int i = 0; i < n; i++) {
            leafTargets[i] = perNodeTargets.get(i).stream().mapToInt(t -> t[0]).toArray();
            leafWeights[i] = perNodeWeights.get(i).stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
        }
        return new TreeEnsemble(
                feature,
                values,
                mode,
                trueNext,
                falseNext,
                missingGoesTrue,
                rootByTree.values().stream().mapToInt(Integer::intValue).toArray(),
                leafTargets,
                leafWeights,
                targets);
    }

    private static int child(Map<List<Long>, Integer> index, long tree, long node) {
        Integer at = index.get(List.of(tree, node));
        if (at == null) {
            throw new InvalidOperandException("tree " + tree + " refers to node " + node + ", which it does not have");
        }
        return at;
    }

    private static long[] required(Attributes attributes, String name) {
        return attributes.ints(name).orElseThrow(() -> missing(name));
    }

    private static InvalidOperandException missing(String name) {
        return new InvalidOperandException("the required attribute '" + name + "' is missing");
    }

    /** A float list attribute, or its {@code _as_tensor} form (opset 3). */
    static double[] doubles(Attributes attributes, String name) {
        if (attributes.has(name + "_as_tensor")) {
            NdArray tensor = attributes.tensor(name + "_as_tensor").orElseThrow();
            double[] values = new double[tensor.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = tensor.getDouble(i);
            }
            return values;
        }
        float[] floats = attributes.floats(name).orElse(null);
        if (floats == null) {
            return new double[0];
        }
        double[] values = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            values[i] = floats[i];
        }
        return values;
    }

    int targets() {
        return targets;
    }

    int trees() {
        return roots.length;
    }

    /** The leaf event {@code row} of {@code x} (shape [N, F]) reaches in tree {@code tree}. */
    int leaf(int tree, NdArray x, int row, int features) {
        int node = roots[tree];
        while (mode[node] != LEAF) {
            if (feature[node] >= features) {
                throw new InvalidOperandException(
                        "a tree reads feature " + feature[node] + " but the input has " + features);
            }
            double v = x.getDouble(row * features + feature[node]);
            node = goesTrue(node, v) ? trueNext[node] : falseNext[node];
        }
        return node;
    }

    private boolean goesTrue(int node, double v) {
        if (Double.isNaN(v) && missingGoesTrue[node]) {
            return true;
        }
        double t = threshold[node];
        return switch (mode[node]) {
            case 0 -> v <= t;
            case 1 -> v < t;
            case 2 -> v >= t;
            case 3 -> v > t;
            case 4 -> v == t;
            default -> v != t;
        };
    }

    /** Adds the weights of {@code leaf} to {@code scores}, each sum rounded to float32. */
    void addLeaf(int leaf, double[] scores) {
        for (int k = 0; k < leafTargets[leaf].length; k++) {
            scores[leafTargets[leaf][k]] = (float) (scores[leafTargets[leaf][k]] + leafWeights[leaf][k]);
        }
    }

    /** The scores of one event: every tree's leaf added in tree order, from 0. */
    double[] sum(NdArray x, int row, int features) {
        double[] scores = new double[targets];
        for (int tree = 0; tree < roots.length; tree++) {
            addLeaf(leaf(tree, x, row, features), scores);
        }
        return scores;
    }

    /** Whether any leaf has a weight for target {@code target}. */
    boolean hasWeightsFor(int target) {
        for (int[] ids : leafTargets) {
            for (int id : ids) {
                if (id == target) {
                    return true;
                }
            }
        }
        return false;
    }
}
