package hep.capsule.internal.runner.tmva;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrFloats;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInts;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrString;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrStrings;

import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The ONNX twin of a TMVA BDT: an ONNX-ML {@code TreeEnsembleRegressor} (ai.onnx.ml opset 3) that sums the leaf
 * contributions of every tree, then the response as ONNX nodes: {@code Tanh} for gradient boost (2/(1+exp(-2s))-1 is
 * tanh(s)), {@code Div} by the summed boost weights for the boost-weighted means. Same input and output as
 * {@link TmvaBdtRunner}. Nodes compare with BRANCH_GTE or BRANCH_GT as the split rule says, the cType already resolved
 * into which child is the true branch. An event with a NaN among its inputs gets the evaluator's NaN response (-999, as
 * TMVA's Reader gives, or the capsule's {@code nan_response}): {@code IsNaN}, {@code Cast}, {@code ReduceSum} over the
 * event's inputs, {@code Greater} than 0 and {@code Where} choose it. The twin sums in float32 (as onnxruntime's tree
 * ensembles do), not float64: small differences the verifier reports.
 */
final class BdtOnnxTwin {

    private static final String SUM = "sum_of_leaves";
    private static final String RESPONSE = "response_of_the_trees";

    private BdtOnnxTwin() {}

    static byte[] write(BdtForest forest, NanInputResponse nanInput) {
        Trees trees = new Trees();
        for (int t = 0; t < forest.treeCount(); t++) {
            trees.add(forest, t);
        }
        String mode = forest.split() == SplitRule.ABOVE ? "BRANCH_GT" : "BRANCH_GTE";
        OnnxModelBuilder model = new OnnxModelBuilder(13, 3L)
                .input(TmvaBdtRunner.INPUT, FLOAT, -1, forest.variableCount())
                .output(TmvaBdtRunner.OUTPUT, FLOAT, -1, 1)
                .node(
                        "TreeEnsembleRegressor",
                        "ai.onnx.ml",
                        List.of(TmvaBdtRunner.INPUT),
                        List.of(SUM),
                        attrInt("n_targets", 1),
                        attrString("aggregate_function", "SUM"),
                        attrString("post_transform", "NONE"),
                        attrInts("nodes_treeids", trees.longs(trees.treeIds)),
                        attrInts("nodes_nodeids", trees.longs(trees.nodeIds)),
                        attrInts("nodes_featureids", trees.longs(trees.features)),
                        attrFloats("nodes_values", trees.floats(trees.cuts)),
                        attrStrings(
                                "nodes_modes",
                                trees.leaf.stream()
                                        .map(leaf -> leaf ? "LEAF" : mode)
                                        .toArray(String[]::new)),
                        attrInts("nodes_truenodeids", trees.longs(trees.trueIds)),
                        attrInts("nodes_falsenodeids", trees.longs(trees.falseIds)),
                        attrInts("target_treeids", trees.longs(trees.leafTreeIds)),
                        attrInts("target_nodeids", trees.longs(trees.leafNodeIds)),
                        attrInts("target_ids", new long[trees.leafWeights.size()]),
                        attrFloats("target_weights", trees.floats(trees.leafWeights)));
        if (forest.response() instanceof BdtResponse.BoostWeightedMean mean) {
            boolean positive = mean.totalBoostWeight() > Math.ulp(1.0);
            model.floats("boost_weights", new long[] {}, positive ? (float) mean.totalBoostWeight() : 0f)
                    .node(positive ? "Div" : "Mul", List.of(SUM, "boost_weights"), List.of(RESPONSE));
        } else {
            model.node("Tanh", List.of(SUM), List.of(RESPONSE));
        }
        return model.node("IsNaN", List.of(TmvaBdtRunner.INPUT), List.of("input_is_nan"))
                .node("Cast", List.of("input_is_nan"), List.of("nan_flags"), attrInt("to", FLOAT))
                .longs("event_axis", new long[] {1}, 1)
                .node("ReduceSum", List.of("nan_flags", "event_axis"), List.of("nan_inputs"))
                .floats("no_nan", new long[] {}, 0f)
                .node("Greater", List.of("nan_inputs", "no_nan"), List.of("event_has_nan"))
                .floats("nan_response", new long[] {}, (float) nanInput.value())
                .node("Where", List.of("event_has_nan", "nan_response", RESPONSE), List.of(TmvaBdtRunner.OUTPUT))
                .build();
    }

    /** The nodes_* and target_* attributes, tree after tree, nodes numbered depth first from 0 in each tree. */
    private static final class Trees {
        final List<Long> treeIds = new ArrayList<>();
        final List<Long> nodeIds = new ArrayList<>();
        final List<Long> features = new ArrayList<>();
        final List<Float> cuts = new ArrayList<>();
        final List<Boolean> leaf = new ArrayList<>();
        final List<Long> trueIds = new ArrayList<>();
        final List<Long> falseIds = new ArrayList<>();
        final List<Long> leafTreeIds = new ArrayList<>();
        final List<Long> leafNodeIds = new ArrayList<>();
        final List<Float> leafWeights = new ArrayList<>();
        private int nextId;

        void add(BdtForest forest, int tree) {
            nextId = 0;
            add(forest, tree, forest.root(tree));
        }

        /** Adds node n and its subtree; returns its id. */
        private long add(BdtForest forest, int tree, int n) {
            long id = nextId++;
            int at = treeIds.size();
            treeIds.add((long) tree);
            nodeIds.add(id);
            boolean isLeaf = forest.isLeaf(n);
            leaf.add(isLeaf);
            features.add(isLeaf ? 0L : forest.variable(n));
            cuts.add(isLeaf ? 0f : forest.cut(n));
            trueIds.add(0L);
            falseIds.add(0L);
            if (isLeaf) {
                leafTreeIds.add((long) tree);
                leafNodeIds.add(id);
                leafWeights.add((float) forest.leafContribution(n));
            } else {
                trueIds.set(at, add(forest, tree, forest.passing(n)));
                falseIds.set(at, add(forest, tree, forest.failing(n)));
            }
            return id;
        }

        long[] longs(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }

        float[] floats(List<Float> values) {
            float[] result = new float[values.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = values.get(i);
            }
            return result;
        }
    }
}
