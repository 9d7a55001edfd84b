package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * TreeEnsembleRegressor (ai.onnx.ml 1 and 3): X {@code [N, F]} to Y float32 {@code [N, n_targets]}. Aggregation SUM
 * (the {@link TreeEnsemble} rule) or AVERAGE (that sum divided by the number of trees, rounded), then {@code +
 * base_values[t]} rounded, then the post transform.
 */
final class TreeEnsembleRegressor implements Operator {
    private final TreeEnsemble trees;
    private final boolean average;
    private final double[] baseValues;
    private final PostTransform post;

    TreeEnsembleRegressor(TreeEnsemble trees, boolean average, double[] baseValues, PostTransform post) {
        this.trees = trees;
        this.average = average;
        this.baseValues = baseValues;
        this.post = post;
    }

    static OperatorFactory factory() {
        return TreeEnsembleRegressor::create;
    }

    private static TreeEnsembleRegressor create(Attributes attributes) {
        int targets = (int) attributes.getInt("n_targets", 1);
        String aggregate = attributes.getString("aggregate_function", "SUM");
        if (!aggregate.equals("SUM") && !aggregate.equals("AVERAGE")) {
            throw new InvalidOperandException(
                    "aggregate_function " + aggregate + " is not supported; the interpreter supports SUM and AVERAGE");
        }
        double[] base = TreeEnsemble.doubles(attributes, "base_values");
        if (base.length != 0 && base.length != targets) {
            throw new InvalidOperandException("base_values has " + base.length + " values for " + targets + " targets");
        }
        return new TreeEnsembleRegressor(
                TreeEnsemble.read(attributes, "target", targets),
                aggregate.equals("AVERAGE"),
                base.length == 0 ? new double[targets] : base,
                PostTransform.of(attributes.getString("post_transform", "NONE")));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        int rows = x.rank() == 1 ? 1 : x.dim(0);
        int features = x.rank() == 1 ? x.dim(0) : x.size() / Math.max(1, rows);
        NdArray out = NdArray.allocate(ElementType.FLOAT32, new int[] {rows, trees.targets()});
        for (int row = 0; row < rows; row++) {
            double[] scores = trees.sum(x, row, features);
            for (int t = 0; t < scores.length; t++) {
                double aggregated = average ? (float) (scores[t] / trees.trees()) : scores[t];
                scores[t] = (float) (aggregated + baseValues[t]);
            }
            post.apply(scores);
            for (int t = 0; t < scores.length; t++) {
                out.setDouble(row * scores.length + t, scores[t]);
            }
        }
        return List.of(out);
    }
}
