package hep.capsule.internal.interpreter.array;

import java.util.Arrays;

/**
 * ONNX multidirectional (numpy) broadcasting: the shapes are aligned on their last axis and each dimension is either
 * equal or 1.
 *
 * @param shape the broadcast shape
 * @param indices per operand, the flat index read for each output element; {@code null} when the operand already has
 *     the output's shape (element {@code o} reads {@code o})
 */
public record Broadcast(int[] shape, int[][] indices) {

    public static Broadcast of(NdArray... operands) {
        return ofShapes(Arrays.stream(operands).map(NdArray::shape).toArray(int[][]::new));
    }

    public static Broadcast ofShapes(int[]... shapes) {
        int rank = Arrays.stream(shapes).mapToInt(s -> s.length).max().orElse(0);
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        for (int[] operand : shapes) {
            int shift = rank - operand.length;
            for (int d = 0; d < operand.length; d++) {
                int dim = operand[d];
                if (shape[d + shift] == 1) {
                    shape[d + shift] = dim;
                } else if (dim != 1 && dim != shape[d + shift]) {
                    throw new InvalidOperandException("shapes " + Arrays.deepToString(shapes) + " do not broadcast");
                }
            }
        }
        int[][] indices = new int[shapes.length][];
        for (int i = 0; i < shapes.length; i++) {
            indices[i] = Arrays.equals(shapes[i], shape) ? null : index(shapes[i], shape);
        }
        return new Broadcast(shape, indices);
    }

    /** The index map that stretches {@code from} to {@code to} (dimensions of 1 get stride 0). */
    public static int[] index(int[] from, int[] to) {
        int[] strides = new int[to.length];
        int[] own = Shapes.strides(from);
        int shift = to.length - from.length;
        for (int d = 0; d < from.length; d++) {
            strides[d + shift] = from[d] == 1 ? 0 : own[d];
        }
        return Shapes.stridedIndex(to, 0, strides);
    }

    /** The flat index of operand {@code operand} read for output element {@code o}. */
    public int at(int operand, int o) {
        int[] index = indices[operand];
        return index == null ? o : index[o];
    }
}
