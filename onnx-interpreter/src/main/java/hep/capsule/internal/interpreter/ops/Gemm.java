package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Broadcast;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gemm (opset 7 on; C optional from 11) on float32: {@code Y = alpha * op(A) op(B) + beta * C}, evaluated per element
 * as {@code t = float(alpha * dot)} (the dot product by {@link DotProducts}), then {@code Y = float(t + float(beta *
 * c))} when C is given. C is broadcast to {@code [M, N]}.
 */
final class Gemm implements Operator {
    private final float alpha;
    private final float beta;
    private final boolean transA;
    private final boolean transB;
    private final TransposeCache bTransposed = new TransposeCache();

    private Gemm(float alpha, float beta, boolean transA, boolean transB) {
        this.alpha = alpha;
        this.beta = beta;
        this.transA = transA;
        this.transB = transB;
    }

    static OperatorFactory factory() {
        return attributes -> new Gemm(
                attributes.getFloat("alpha", 1f),
                attributes.getFloat("beta", 1f),
                attributes.getInt("transA", 0) != 0,
                attributes.getInt("transB", 0) != 0);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.GEMM;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray a = Inputs.required(inputs, 0, "A");
        NdArray b = Inputs.required(inputs, 1, "B");
        Optional<NdArray> c = Inputs.optional(inputs, 2);
        if (a.type() != ElementType.FLOAT32 || b.type() != ElementType.FLOAT32 || a.rank() != 2 || b.rank() != 2) {
            throw new InvalidOperandException(
                    "the interpreter's Gemm needs 2-D float32 A and B, not " + a.describe() + " and " + b.describe());
        }
        int m = transA ? a.dim(1) : a.dim(0);
        int k = transA ? a.dim(0) : a.dim(1);
        NdArray rowMajorB = transB ? bTransposed.of(b) : b;
        int n = rowMajorB.dim(1);
        if (rowMajorB.dim(0) != k) {
            throw new InvalidOperandException("Gemm cannot multiply " + a.describe() + (transA ? "ᵀ" : "") + " by "
                    + b.describe() + (transB ? "ᵀ" : ""));
        }
        NdArray out = NdArray.allocate(ElementType.FLOAT32, new int[] {m, n});
        float[] y = out.floats();
        DotProducts.multiply(a.floats(), 0, transA ? 1 : k, transA ? m : 1, rowMajorB.floats(), 0, y, 0, m, k, n);
        if (alpha != 1f) {
            for (int i = 0; i < y.length; i++) {
                y[i] = alpha * y[i];
            }
        }
        if (c.isPresent()) {
            addBias(y, c.get(), m, n);
        }
        return List.of(out);
    }

    private void addBias(float[] y, NdArray c, int m, int n) {
        if (c.type() != ElementType.FLOAT32) {
            throw new InvalidOperandException("Gemm's C must be float32, not " + c.describe());
        }
        int[] index = Broadcast.index(c.shape(), new int[] {m, n});
        float[] bias = c.floats();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] + beta * bias[index[i]];
        }
    }
}
