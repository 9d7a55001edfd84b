package hep.capsule.interpreter.array;

import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A dense, C-order array the interpreter computes with. Storage by element type: {@code float[]}
 * for float32, {@code double[]} for float64, {@code long[]} for int32 and int64 (int32 values
 * are kept wrapped to 32 bits), {@code boolean[]} for bool.
 *
 * <p>An operator fills a new array while it computes it and never writes to it afterwards, nor to
 * any array it received: once handed on, an array is immutable. Arrays may share storage
 * ({@link #reshape}).
 */
public final class NdArray {
    private final ElementType type;
    private final int[] shape;
    private final Object data;
    /** The element count, kept because loops ask for it on every element. */
    private final int size;

    private NdArray(ElementType type, int[] shape, Object data) {
        this.type = type;
        this.shape = shape;
        this.data = data;
        this.size = Shapes.size(shape);
    }

    /** A new array of zeros (false for bool) to be filled by the operator that computes it. */
    public static NdArray allocate(ElementType type, int[] shape) {
        int size = Shapes.size(shape);
        Object data = switch (type) {
            case FLOAT32 -> new float[size];
            case FLOAT64 -> new double[size];
            case INT32, INT64 -> new long[size];
            case BOOL -> new boolean[size];
            default -> throw unsupported(type);
        };
        return new NdArray(type, shape.clone(), data);
    }

    public static NdArray ofFloats(int[] shape, float[] values) {
        return new NdArray(ElementType.FLOAT32, checked(shape, values.length), values);
    }

    public static NdArray ofLongs(ElementType type, int[] shape, long[] values) {
        if (type != ElementType.INT32 && type != ElementType.INT64) {
            throw new IllegalArgumentException("long storage holds int32 or int64, not " + type.descriptorName());
        }
        return new NdArray(type, checked(shape, values.length), values);
    }

    private static int[] checked(int[] shape, int length) {
        if (Shapes.size(shape) != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + Shapes.size(shape)
                    + " elements, got " + length);
        }
        return shape.clone();
    }

    /** Reads a Capsule tensor (little-endian bytes). */
    public static NdArray fromTensor(Tensor tensor) {
        int[] shape = Shapes.toInts(tensor.shape());
        NdArray array = allocate(tensor.type(), shape);
        ByteBuffer in = tensor.buffer();
        int size = array.size();
        switch (tensor.type()) {
            case FLOAT32 -> in.asFloatBuffer().get(array.floats());
            case FLOAT64 -> in.asDoubleBuffer().get(array.doubles());
            case INT64 -> in.asLongBuffer().get(array.longs());
            case INT32 -> {
                for (int i = 0; i < size; i++) {
                    array.longs()[i] = in.getInt(4 * i);
                }
            }
            case BOOL -> {
                for (int i = 0; i < size; i++) {
                    array.bools()[i] = in.get(i) != 0;
                }
            }
        }
        return array;
    }

    /** Writes this array as a Capsule tensor (little-endian bytes). */
    public Tensor toTensor() {
        int size = size();
        ByteBuffer out = ByteBuffer.allocate(size * type.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case FLOAT32 -> out.asFloatBuffer().put(floats());
            case FLOAT64 -> out.asDoubleBuffer().put(doubles());
            case INT64 -> out.asLongBuffer().put(longs());
            case INT32 -> {
                for (int i = 0; i < size; i++) {
                    out.putInt(4 * i, (int) longs()[i]);
                }
            }
            case BOOL -> {
                for (int i = 0; i < size; i++) {
                    out.put(i, (byte) (bools()[i] ? 1 : 0));
                }
            }
        }
        return new Tensor(type, Shapes.toLongs(shape), out.array());
    }

    public ElementType type() {
        return type;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return size;
    }

    public float[] floats() {
        return (float[]) data;
    }

    public double[] doubles() {
        return (double[]) data;
    }

    public long[] longs() {
        return (long[]) data;
    }

    public boolean[] bools() {
        return (boolean[]) data;
    }

    /** The same elements under another shape of the same size; the storage is shared. */
    public NdArray reshape(int[] newShape) {
        if (Shapes.size(newShape) != size()) {
            throw new InvalidOperandException("cannot reshape " + describe() + " to " + Arrays.toString(newShape)
                    + ": the element counts differ");
        }
        return new NdArray(type, newShape.clone(), data);
    }

    /** Element {@code i} as a double: exact for floating types, bool is 0 or 1. */
    public double getDouble(int i) {
        return switch (type) {
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            case INT32, INT64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> throw unsupported(type);
        };
    }

    /** Element {@code i} as a long: floating values are truncated toward zero, bool is 0 or 1. */
    public long getLong(int i) {
        return switch (type) {
            case FLOAT32 -> (long) ((float[]) data)[i];
            case FLOAT64 -> (long) ((double[]) data)[i];
            case INT32, INT64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> throw unsupported(type);
        };
    }

    public boolean getBool(int i) {
        return type == ElementType.BOOL ? ((boolean[]) data)[i] : getDouble(i) != 0;
    }

    /**
     * Stores {@code value} at {@code i}, rounded once to this array's type (to nearest float32,
     * truncated toward zero and wrapped for integers, non-zero for bool). Only while filling.
     */
    public void setDouble(int i, double value) {
        switch (type) {
            case FLOAT32 -> ((float[]) data)[i] = (float) value;
            case FLOAT64 -> ((double[]) data)[i] = value;
            case INT32 -> ((long[]) data)[i] = (int) (long) value;
            case INT64 -> ((long[]) data)[i] = (long) value;
            case BOOL -> ((boolean[]) data)[i] = value != 0;
        }
    }

    /** Stores an integer at {@code i}, converted exactly as Java converts a long. Only while filling. */
    public void setLong(int i, long value) {
        switch (type) {
            case FLOAT32 -> ((float[]) data)[i] = value;
            case FLOAT64 -> ((double[]) data)[i] = value;
            case INT32 -> ((long[]) data)[i] = (int) value;
            case INT64 -> ((long[]) data)[i] = value;
            case BOOL -> ((boolean[]) data)[i] = value != 0;
        }
    }

    public void setBool(int i, boolean value) {
        setLong(i, value ? 1 : 0);
    }

    /**
     * A new array of shape {@code newShape} whose element {@code o} is this array's element
     * {@code sourceIndex[o]}: the one copying primitive behind broadcasting, transposing,
     * slicing and gathering.
     */
    public NdArray select(int[] newShape, int[] sourceIndex) {
        NdArray out = allocate(type, newShape);
        int n = sourceIndex.length;
        switch (type) {
            case FLOAT32 -> {
                float[] src = floats();
                float[] dst = out.floats();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
            case FLOAT64 -> {
                double[] src = doubles();
                double[] dst = out.doubles();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
            case INT32, INT64 -> {
                long[] src = longs();
                long[] dst = out.longs();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
            case BOOL -> {
                boolean[] src = bools();
                boolean[] dst = out.bools();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
        }
        return out;
    }

    /** Copies {@code length} elements from {@code source} at {@code from} into this array at {@code to}. Only while filling. */
    public void copyFrom(NdArray source, int from, int to, int length) {
        if (source.type != type) {
            throw new InvalidOperandException("cannot copy " + source.type.descriptorName() + " into " + type.descriptorName());
        }
        System.arraycopy(source.data, from, data, to, length);
    }

    /** The reader refuses other element types before any array of them is made. */
    private static IllegalStateException unsupported(ElementType type) {
        return new IllegalStateException("the interpreter does not compute with " + type.descriptorName());
    }

    public String describe() {
        return type.descriptorName() + Arrays.toString(shape);
    }
}
