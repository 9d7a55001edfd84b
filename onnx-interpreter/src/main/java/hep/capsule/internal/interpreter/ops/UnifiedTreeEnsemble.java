package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * TreeEnsemble (ai.onnx.ml 5), which replaced TreeEnsembleRegressor and TreeEnsembleClassifier: X float32 {@code [N,
 * F]} to Y float32 {@code [N, n_targets]}. Branch nodes are numbered by their position in the {@code nodes_*}
 * attributes, leaves by theirs in {@code leaf_*}; a true or false child is a leaf where {@code nodes_trueleafs} or
 * {@code nodes_falseleafs} says so; each tree starts at its {@code tree_roots} node. Modes are the uint8 codes 0-5
 * (BRANCH_LEQ, LT, GTE, GT, EQ, NEQ; BRANCH_MEMBER is refused), splits and leaf weights float tensors.
 *
 * <p>It is evaluated as a {@link TreeEnsembleRegressor} without base values: leaf weights added tree by tree from 0 in
 * float32 (the {@link TreeEnsemble} rule), aggregate SUM (code 1, the default) or AVERAGE (0; MIN and MAX are refused).
 * Only post_transform 0 (NONE) is accepted: the specification numbers them 0 NONE, 1 SOFTMAX, 2 LOGISTIC, 3
 * SOFTMAX_ZERO, 4 PROBIT, but onnxruntime 1.28 applies 1 as LOGISTIC and 2 as SOFTMAX (and has skipped LOGISTIC for a
 * single target, microsoft/onnxruntime#26596), so a witness following either would certify a number the other engine
 * does not compute.
 */
final class UnifiedTreeEnsemble {
    private static final List<String> AGGREGATES = List.of("AVERAGE", "SUM", "MIN", "MAX");
    private static final int BRANCH_MEMBER = 6;

    private UnifiedTreeEnsemble() {}

    static OperatorFactory factory() {
        return UnifiedTreeEnsemble::create;
    }

    private static Operator create(Attributes attributes) {
        long[] featureIds = required(attributes, "nodes_featureids");
        long[] trueIds = required(attributes, "nodes_truenodeids");
        long[] falseIds = required(attributes, "nodes_falsenodeids");
        long[] trueLeafs = required(attributes, "nodes_trueleafs");
        long[] falseLeafs = required(attributes, "nodes_falseleafs");
        long[] modes = attributes.integerTensor("nodes_modes").orElseThrow(() -> missing("nodes_modes"));
        float[] splits = floats(attributes, "nodes_splits");
        long[] missing = attributes.ints("nodes_missing_value_tracks_true").orElse(new long[featureIds.length]);
        long[] leafTargets = required(attributes, "leaf_targetids");
        float[] leafWeights = floats(attributes, "leaf_weights");
        long[] roots = required(attributes, "tree_roots");
        int branches = featureIds.length;
        int leaves = leafTargets.length;
        if (trueIds.length != branches
                || falseIds.length != branches
                || trueLeafs.length != branches
                || falseLeafs.length != branches
                || modes.length != branches
                || splits.length != branches
                || missing.length != branches) {
            throw new InvalidOperandException("the nodes_* attributes have different lengths");
        }
        if (leafWeights.length != leaves) {
            throw new InvalidOperandException(
                    "leaf_weights has " + leafWeights.length + " values for " + leaves + " leaves");
        }
        int targets = (int) attributes.getInt("n_targets", 1);
        int n = branches + leaves;
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] mode = new int[n];
        int[] trueNext = new int[n];
        int[] falseNext = new int[n];
        boolean[] missingGoesTrue = new boolean[n];
        int[][] targetOfLeaf = new int[n][0];
        double[][] weightOfLeaf = new double[n][0];
        for (int i = 0; i < branches; i++) {
            if (modes[i] < 0 || modes[i] >= BRANCH_MEMBER) {
                throw new InvalidOperandException(
                        "node mode " + modes[i] + " is not supported; the interpreter supports "
                                + "0-5 (BRANCH_LEQ, BRANCH_LT, BRANCH_GTE, BRANCH_GT, BRANCH_EQ, "
                                + "BRANCH_NEQ), not BRANCH_MEMBER");
            }
            mode[i] = (int) modes[i];
            feature[i] = (int) featureIds[i];
            threshold[i] = splits[i];
            missingGoesTrue[i] = missing[i] != 0;
            trueNext[i] = child(trueIds[i], trueLeafs[i] != 0, branches, leaves);
            falseNext[i] = child(falseIds[i], falseLeafs[i] != 0, branches, leaves);
        }
        for (int j = 0; j < leaves; j++) {
            if (leafTargets[j] < 0 || leafTargets[j] >= targets) {
                throw new InvalidOperandException(
                        "leaf_targetids has " + leafTargets[j] + ", outside 0.." + (targets - 1));
            }
            mode[branches + j] = TreeEnsemble.LEAF;
            targetOfLeaf[branches + j] = new int[] {(int) leafTargets[j]};
            weightOfLeaf[branches + j] = new double[] {leafWeights[j]};
        }
        int[] rootNodes = new int[roots.length];
        for (int t = 0; t < roots.length; t++) {
            rootNodes[t] = child(roots[t], false, branches, leaves);
        }
        TreeEnsemble trees = new TreeEnsemble(
                feature,
                threshold,
                mode,
                trueNext,
                falseNext,
                missingGoesTrue,
                rootNodes,
                targetOfLeaf,
                weightOfLeaf,
                targets);
        String aggregate = name(AGGREGATES, attributes.getInt("aggregate_function", 1), "aggregate_function");
        if (!aggregate.equals("SUM") && !aggregate.equals("AVERAGE")) {
            throw new InvalidOperandException(
                    "aggregate_function " + aggregate + " is not supported; the interpreter supports SUM and AVERAGE");
        }
        long post = attributes.getInt("post_transform", 0);
        if (post != 0) {
            throw new InvalidOperandException(
                    "post_transform " + post + " is not supported: onnxruntime 1.28 reads codes 1 and 2 "
                            + "the other way round from the ONNX specification "
                            + "(microsoft/onnxruntime#26596); export the trees with "
                            + "post_transform 0 (NONE) and apply Sigmoid or Softmax as a node of its own");
        }
        return new TreeEnsembleRegressor(trees, aggregate.equals("AVERAGE"), new double[targets], PostTransform.NONE);
    }

    private static int child(long id, boolean leaf, int branches, int leaves) {
        if (id < 0 || id >= (leaf ? leaves : branches)) {
            throw new InvalidOperandException((leaf ? "leaf " : "node ") + id + " does not exist; there are "
                    + (leaf ? leaves + " leaves" : branches + " nodes"));
        }
        return (int) (leaf ? branches + id : id);
    }

    private static String name(List<String> names, long code, String attribute) {
        if (code < 0 || code >= names.size()) {
            throw new InvalidOperandException(attribute + " " + code + " is not one of 0.." + (names.size() - 1));
        }
        return names.get((int) code);
    }

    /** A float32 tensor attribute; the interpreter runs TreeEnsemble on float32 only. */
    private static float[] floats(Attributes attributes, String name) {
        NdArray tensor = attributes.tensor(name).orElseThrow(() -> missing(name));
        if (tensor.type() != ElementType.FLOAT32) {
            throw new InvalidOperandException("attribute '" + name + "' is " + tensor.describe()
                    + "; the interpreter runs TreeEnsemble on float32 only");
        }
        return tensor.floats().clone();
    }

    private static long[] required(Attributes attributes, String name) {
        return attributes.ints(name).orElseThrow(() -> missing(name));
    }

    private static InvalidOperandException missing(String name) {
        return new InvalidOperandException("the required attribute '" + name + "' is missing");
    }
}
