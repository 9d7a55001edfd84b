package hep.capsule.interpreter.ops;

/**
 * The one matrix kernel behind Gemm and MatMul, on float32. Summation rule: every output
 * element is {@code ((0 + a0*b0) + a1*b1) + ...}, with {@code k} ascending, each product and each
 * sum rounded to float32 (Java never fuses a multiply and an add). The loops run over output
 * columns innermost so that the JIT can use SIMD lanes across columns; each lane still adds its
 * own terms in the fixed order, so the bits do not depend on the vector width. Row {@code i} of
 * the result reads only row {@code i} of {@code a}, so no event depends on the other events.
 */
final class DotProducts {
    private DotProducts() {
    }

    /**
     * {@code out[outOffset + i*n + j] = sum_p a[aOffset + i*aRowStride + p*aColStride] * b[bOffset + p*n + j]}.
     */
    static void multiply(float[] a, int aOffset, int aRowStride, int aColStride, float[] b, int bOffset,
            float[] out, int outOffset, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int row = outOffset + i * n;
            java.util.Arrays.fill(out, row, row + n, 0f);
            for (int p = 0; p < k; p++) {
                float ai = a[aOffset + i * aRowStride + p * aColStride];
                int bRow = bOffset + p * n;
                for (int j = 0; j < n; j++) {
                    out[row + j] += ai * b[bRow + j];
                }
            }
        }
    }
}
