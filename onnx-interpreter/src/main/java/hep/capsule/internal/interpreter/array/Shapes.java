package hep.capsule.internal.interpreter.array;

import java.util.Arrays;

/** Arithmetic on shapes: sizes, strides and axis normalisation. */
public final class Shapes {
    private Shapes() {}

    public static int size(int[] shape) {
        long size = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new InvalidOperandException("negative dimension in shape " + Arrays.toString(shape));
            }
            size *= dim;
            if (size > Integer.MAX_VALUE) {
                throw new InvalidOperandException("shape " + Arrays.toString(shape) + " has more than 2^31 elements");
            }
        }
        return (int) size;
    }

    /** The C-order strides, in elements. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** The product of the dimensions in {@code [from, to)}. */
    public static int product(int[] shape, int from, int to) {
        int product = 1;
        for (int d = from; d < to; d++) {
            product *= shape[d];
        }
        return product;
    }

    /** An axis in {@code [-rank, rank)} as an index in {@code [0, rank)}. */
    public static int axis(long axis, int rank) {
        if (axis < -rank || axis >= rank) {
            throw new InvalidOperandException("axis " + axis + " is out of range for rank " + rank);
        }
        return (int) (axis < 0 ? axis + rank : axis);
    }

    public static int[] toInts(long[] dims) {
        int[] ints = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0 || dims[i] > Integer.MAX_VALUE) {
                throw new InvalidOperandException("dimension " + dims[i] + " is out of range");
            }
            ints[i] = (int) dims[i];
        }
        return ints;
    }

    public static long[] toLongs(int[] dims) {
        return Arrays.stream(dims).asLongStream().toArray();
    }

    /**
     * The flat source index of every element of a strided view: element {@code (i0, i1, ...)} of {@code outShape} reads
     * {@code offset + i0*strides[0] + i1*strides[1] + ...}.
     */
    public static int[] stridedIndex(int[] outShape, int offset, int[] strides) {
        int[] index = new int[size(outShape)];
        int rank = outShape.length;
        int[] counter = new int[rank];
        int position = offset;
        for (int o = 0; o < index.length; o++) {
            index[o] = position;
            for (int d = rank - 1; d >= 0; d--) {
                counter[d]++;
                position += strides[d];
                if (counter[d] < outShape[d]) {
                    break;
                }
                position -= strides[d] * counter[d];
                counter[d] = 0;
            }
        }
        return index;
    }
}
