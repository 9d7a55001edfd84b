package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Broadcast;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * MatMul (opset 1 on) with numpy semantics: the last two axes are matrices, the leading axes broadcast; a 1-D operand
 * is a row (A) or column (B) vector whose axis is dropped from the result. float32 dot products by {@link DotProducts};
 * float64 by the same rule in float64 (k ascending from +0, each product and sum rounded, never fused); int32, int64,
 * uint32 and uint64 as wrapping sums of wrapping products, k ascending.
 */
final class MatMul implements Operator {

    static OperatorFactory factory() {
        return attributes -> new MatMul();
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING_AND_WIDE_INTEGERS;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray a = Inputs.required(inputs, 0, "A");
        NdArray b = Inputs.required(inputs, 1, "B");
        Inputs.requireType(a, dataTypes(), "MatMul");
        Inputs.requireSameType(a, b);
        if (a.rank() == 0 || b.rank() == 0) {
            throw new InvalidOperandException(
                    "MatMul needs operands of rank 1 or more, not " + a.describe() + " and " + b.describe());
        }
        NdArray a2 = a.rank() == 1 ? a.reshape(new int[] {1, a.dim(0)}) : a;
        NdArray b2 = b.rank() == 1 ? b.reshape(new int[] {b.dim(0), 1}) : b;
        int m = a2.dim(a2.rank() - 2);
        int k = a2.dim(a2.rank() - 1);
        int n = b2.dim(b2.rank() - 1);
        if (b2.dim(b2.rank() - 2) != k) {
            throw new InvalidOperandException("MatMul cannot multiply " + a.describe() + " by " + b.describe());
        }
        Broadcast batches =
                Broadcast.ofShapes(Arrays.copyOf(a2.shape(), a2.rank() - 2), Arrays.copyOf(b2.shape(), b2.rank() - 2));
        int count = Arrays.stream(batches.shape()).reduce(1, (x, y) -> x * y);
        int[] shape = Arrays.copyOf(batches.shape(), batches.shape().length + 2);
        shape[shape.length - 2] = m;
        shape[shape.length - 1] = n;
        NdArray out = NdArray.allocate(a.type(), shape);
        for (int batch = 0; batch < count; batch++) {
            int aOffset = batches.at(0, batch) * m * k;
            int bOffset = batches.at(1, batch) * k * n;
            if (a.type() == ElementType.FLOAT32) {
                DotProducts.multiply(
                        a.floats(), aOffset, k, 1, b.floats(), bOffset, out.floats(), batch * m * n, m, k, n);
            } else {
                multiplyInType(a, aOffset, b, bOffset, out, batch * m * n, m, k, n);
            }
        }
        return List.of(out.reshape(resultShape(a, b, shape)));
    }

    /**
     * float64 and the integer types, element by element (their models are small): the same order as the float32 kernel.
     */
    private static void multiplyInType(
            NdArray a, int aOffset, NdArray b, int bOffset, NdArray out, int outOffset, int m, int k, int n) {
        boolean floating = a.type().isFloatingPoint();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                long integerSum = 0;
                for (int p = 0; p < k; p++) {
                    int x = aOffset + i * k + p;
                    int y = bOffset + p * n + j;
                    if (floating) {
                        sum += a.getDouble(x) * b.getDouble(y);
                    } else {
                        integerSum += a.getLong(x) * b.getLong(y);
                    }
                }
                if (floating) {
                    out.setDouble(outOffset + i * n + j, sum);
                } else {
                    out.setLong(outOffset + i * n + j, integerSum);
                }
            }
        }
    }

    private static int[] resultShape(NdArray a, NdArray b, int[] shape) {
        int rank = shape.length - (a.rank() == 1 ? 1 : 0) - (b.rank() == 1 ? 1 : 0);
        int[] result = new int[rank];
        int batchRank = shape.length - 2;
        System.arraycopy(shape, 0, result, 0, batchRank);
        int next = batchRank;
        if (a.rank() != 1) {
            result[next++] = shape[batchRank];
        }
        if (b.rank() != 1) {
            result[next] = shape[batchRank + 1];
        }
        return result;
    }
}
