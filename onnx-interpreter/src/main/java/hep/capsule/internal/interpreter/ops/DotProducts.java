package hep.capsule.internal.interpreter.ops;

import java.util.Arrays;

/**
 * The one matrix kernel behind Gemm and MatMul, on float32. Summation rule: every output element is {@code ((0 + a0*b0)
 * + a1*b1) + ...}, with {@code k} ascending, each product and each sum rounded to float32 (Java never fuses a multiply
 * and an add). Row {@code i} of the result reads only row {@code i} of {@code a}, so no event depends on the other
 * events.
 *
 * <p>Two loop orders compute these same sums, so their bits are the same: for a few rows, output columns innermost; for
 * many rows (a batch of events), rows innermost on transposed copies, so that the JIT can use SIMD lanes across events
 * even when a layer has only a few outputs. Each lane adds its own terms in the fixed order, so the bits depend neither
 * on the vector width nor on the loop order.
 */
final class DotProducts {
    /** From this many rows on, the events-innermost order. */
    static final int MANY_ROWS = 16;

    private DotProducts() {}

    /** {@code out[outOffset + i*n + j] = sum_p a[aOffset + i*aRowStride + p*aColStride] * b[bOffset + p*n + j]}. */
    static void multiply(
            float[] a,
            int aOffset,
            int aRowStride,
            int aColStride,
            float[] b,
            int bOffset,
            float[] out,
            int outOffset,
            int m,
            int k,
            int n) {
        if (m >= MANY_ROWS) {
            multiplyEventsInnermost(a, aOffset, aRowStride, aColStride, b, bOffset, out, outOffset, m, k, n);
        } else {
            multiplyColumnsInnermost(a, aOffset, aRowStride, aColStride, b, bOffset, out, outOffset, m, k, n);
        }
    }

    static void multiplyColumnsInnermost(
            float[] a,
            int aOffset,
            int aRowStride,
            int aColStride,
            float[] b,
            int bOffset,
            float[] out,
            int outOffset,
            int m,
            int k,
            int n) {
        for (int i = 0; i < m; i++) {
            int row = outOffset + i * n;
            Arrays.fill(out, row, row + n, 0f);
            for (int p = 0; p < k; p++) {
                float ai = a[aOffset + i * aRowStride + p * aColStride];
                int bRow = bOffset + p * n;
                for (int j = 0; j < n; j++) {
                    out[row + j] += ai * b[bRow + j];
                }
            }
        }
    }

    /**
     * The same sums with {@code a} and the result transposed, so that the innermost loop runs over the {@code m} rows.
     */
    static void multiplyEventsInnermost(
            float[] a,
            int aOffset,
            int aRowStride,
            int aColStride,
            float[] b,
            int bOffset,
            float[] out,
            int outOffset,
            int m,
            int k,
            int n) {
        float[] aByColumn = new float[k * m];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                aByColumn[p * m + i] = a[aOffset + i * aRowStride + p * aColStride];
            }
        }
        float[] outByColumn = new float[n * m];
        for (int j = 0; j < n; j++) {
            int column = j * m;
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                float b0 = b[bOffset + p * n + j];
                float b1 = b[bOffset + (p + 1) * n + j];
                float b2 = b[bOffset + (p + 2) * n + j];
                float b3 = b[bOffset + (p + 3) * n + j];
                int a0 = p * m;
                int a1 = a0 + m;
                int a2 = a1 + m;
                int a3 = a2 + m;
                for (int i = 0; i < m; i++) {
                    outByColumn[column + i] =
                            (((outByColumn[column + i] + aByColumn[a0 + i] * b0) + aByColumn[a1 + i] * b1)
                                            + aByColumn[a2 + i] * b2)
                                    + aByColumn[a3 + i] * b3;
                }
            }
            for (; p < k; p++) {
                float bpj = b[bOffset + p * n + j];
                int aColumn = p * m;
                for (int i = 0; i < m; i++) {
                    outByColumn[column + i] += aByColumn[aColumn + i] * bpj;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[outOffset + i * n + j] = outByColumn[j * m + i];
            }
        }
    }
}
