package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;

/**
 * Keeps the transpose of the last matrix it was asked for, so that a constant weight matrix (an initializer, the same
 * array on every run) is transposed once. Safe across threads: the cached pair is replaced as a whole.
 */
final class TransposeCache {
    private record Entry(NdArray source, NdArray transposed) {}

    private volatile Entry last;

    NdArray of(NdArray matrix) {
        Entry entry = last;
        if (entry == null || entry.source() != matrix) {
            entry = new Entry(matrix, Transpose.permute(matrix, new int[] {1, 0}));
            last = entry;
        }
        return entry.transposed();
    }
}
