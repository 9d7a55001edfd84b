package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * TreeEnsembleClassifier (ai.onnx.ml 1 and 3) with int64 class labels and weights for every class: X {@code [N, F]} to
 * Y int64 {@code [N]} (the label of the highest score, the first on a tie) and Z float32 {@code [N, classes]} (the
 * {@link TreeEnsemble} sums plus {@code base_values}, then the post transform). The binary layout that stores weights
 * for one class only, and string labels, are refused.
 */
final class TreeEnsembleClassifier implements Operator {
    private final TreeEnsemble trees;
    private final long[] labels;
    private final double[] baseValues;
    private final PostTransform post;

    private TreeEnsembleClassifier(TreeEnsemble trees, long[] labels, double[] baseValues, PostTransform post) {
        this.trees = trees;
        this.labels = labels;
        this.baseValues = baseValues;
        this.post = post;
    }

    static OperatorFactory factory() {
        return TreeEnsembleClassifier::create;
    }

    private static TreeEnsembleClassifier create(Attributes attributes) {
        long[] labels = attributes
                .ints("classlabels_int64s")
                .orElseThrow(() -> new InvalidOperandException(
                        "only int64 class labels (classlabels_int64s) are supported; string labels "
                                + "cannot be a Capsule tensor"));
        TreeEnsemble trees = TreeEnsemble.read(attributes, "class", labels.length);
        for (int c = 0; c < labels.length; c++) {
            if (!trees.hasWeightsFor(c)) {
                throw new InvalidOperandException("class " + c + " has no leaf weights; the interpreter does not "
                        + "implement the layout that stores weights for some classes only (binary classifiers)");
            }
        }
        double[] base = TreeEnsemble.doubles(attributes, "base_values");
        if (base.length != 0 && base.length != labels.length) {
            throw new InvalidOperandException(
                    "base_values has " + base.length + " values for " + labels.length + " classes");
        }
        return new TreeEnsembleClassifier(
                trees,
                labels,
                base.length == 0 ? new double[labels.length] : base,
                PostTransform.of(attributes.getString("post_transform", "NONE")));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        int rows = x.rank() == 1 ? 1 : x.dim(0);
        int features = x.rank() == 1 ? x.dim(0) : x.size() / Math.max(1, rows);
        NdArray y = NdArray.allocate(ElementType.INT64, new int[] {rows});
        NdArray z = NdArray.allocate(ElementType.FLOAT32, new int[] {rows, labels.length});
        for (int row = 0; row < rows; row++) {
            double[] scores = trees.sum(x, row, features);
            for (int c = 0; c < scores.length; c++) {
                scores[c] = (float) (scores[c] + baseValues[c]);
            }
            int best = 0;
            for (int c = 1; c < scores.length; c++) {
                best = scores[c] > scores[best] ? c : best;
            }
            post.apply(scores);
            y.setLong(row, labels[best]);
            for (int c = 0; c < scores.length; c++) {
                z.setDouble(row * scores.length + c, scores[c]);
            }
        }
        return List.of(y, z);
    }
}
