package hep.capsule.internal.interpreter.array;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Float16;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A dense, C-order array the interpreter computes with. Storage by element type: {@code float[]} for float32 and
 * float16 (a float16 array holds float16 values, each exactly a float), {@code double[]} for float64, {@code long[]}
 * for every integer type (the values kept wrapped to the type's width: int8 to int32 as their signed values, uint8 to
 * uint32 as their unsigned values, int64 and uint64 as their 64 bits, see {@link Integers}), {@code boolean[]} for
 * bool.
 *
 * <p>An operator fills a new array while it computes it and never writes to it afterwards, nor to any array it
 * received: once handed on, an array is immutable. Arrays may share storage ({@link #reshape}, {@link #asFloat32}).
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
            case FLOAT16, FLOAT32 -> new float[size];
            case FLOAT64 -> new double[size];
            case BOOL -> new boolean[size];
            default -> new long[size];
        };
        return new NdArray(type, shape.clone(), data);
    }

    public static NdArray ofFloats(int[] shape, float[] values) {
        return new NdArray(ElementType.FLOAT32, checked(shape, values.length), values);
    }

    /**
     * An integer array of {@code values}, each already within {@code type}'s range (as {@link Integers#wrap} leaves
     * it).
     */
    public static NdArray ofLongs(ElementType type, int[] shape, long[] values) {
        if (!type.isInteger()) {
            throw new IllegalArgumentException("long storage holds integers, not " + type.descriptorName());
        }
        return new NdArray(type, checked(shape, values.length), values);
    }

    private static int[] checked(int[] shape, int length) {
        if (Shapes.size(shape) != length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + Shapes.size(shape) + " elements, got " + length);
        }
        return shape.clone();
    }

    /** Reads a Capsule tensor (little-endian bytes). */
    public static NdArray fromTensor(Tensor tensor) {
        return fromLittleEndian(tensor.type(), Shapes.toInts(tensor.shape()), tensor.buffer());
    }

    /** Reads {@code shape}'s elements of {@code type} from little-endian bytes (ONNX's raw data, NPY's data). */
    public static NdArray fromLittleEndian(ElementType type, int[] shape, ByteBuffer in) {
        NdArray array = allocate(type, shape);
        ByteBuffer bytes = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int size = array.size();
        switch (type) {
            case FLOAT32 -> bytes.asFloatBuffer().get(array.floats());
            case FLOAT64 -> bytes.asDoubleBuffer().get(array.doubles());
            case FLOAT16 -> {
                for (int i = 0; i < size; i++) {
                    array.floats()[i] = Float16.toFloat(bytes.getShort(bytes.position() + 2 * i));
                }
            }
            case BOOL -> {
                for (int i = 0; i < size; i++) {
                    array.bools()[i] = bytes.get(bytes.position() + i) != 0;
                }
            }
            default -> {
                ByteBuffer slice = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < size; i++) {
                    array.longs()[i] = type.integerAt(slice, i);
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
            case FLOAT16 -> {
                for (int i = 0; i < size; i++) {
                    out.putShort(2 * i, Float16.fromFloat(floats()[i]));
                }
            }
            case BOOL -> {
                for (int i = 0; i < size; i++) {
                    out.put(i, (byte) (bools()[i] ? 1 : 0));
                }
            }
            default -> {
                for (int i = 0; i < size; i++) {
                    Integers.put(type, out, i, longs()[i]);
                }
            }
        }
        return new Tensor(type, Shapes.toLongs(shape), out.array());
    }

    /**
     * A float16 array seen as float32, sharing its storage (every float16 value is a float32 value): how an operator
     * computes on float16 operands (see {@link #roundedToFloat16}).
     */
    public NdArray asFloat32() {
        if (type != ElementType.FLOAT16) {
            throw new IllegalStateException("only a float16 array widens to float32, not " + describe());
        }
        return new NdArray(ElementType.FLOAT32, shape, data);
    }

    /** A new float16 array of this float32 array's elements, each rounded to nearest float16, ties to even. */
    public NdArray roundedToFloat16() {
        if (type != ElementType.FLOAT32) {
            throw new IllegalStateException("only a float32 array narrows to float16, not " + describe());
        }
        NdArray out = allocate(ElementType.FLOAT16, shape);
        float[] values = floats();
        float[] rounded = out.floats();
        for (int i = 0; i < size; i++) {
            rounded[i] = Float16.round(values[i]);
        }
        return out;
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

    /** Element {@code i} as a double: exact for floating types and integers up to 2^53, bool is 0 or 1. */
    public double getDouble(int i) {
        return switch (type) {
            case FLOAT16, FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> Integers.toDouble(type, ((long[]) data)[i]);
        };
    }

    /**
     * Element {@code i} as a long: floating values are truncated toward zero, bool is 0 or 1, a uint64 value is its 64
     * bits.
     */
    public long getLong(int i) {
        return switch (type) {
            case FLOAT16, FLOAT32 -> (long) ((float[]) data)[i];
            case FLOAT64 -> (long) ((double[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            default -> ((long[]) data)[i];
        };
    }

    public boolean getBool(int i) {
        return type == ElementType.BOOL ? ((boolean[]) data)[i] : getDouble(i) != 0;
    }

    /**
     * Stores {@code value} at {@code i}, rounded once to this array's type (to nearest float32; float16: to nearest
     * float32, then to nearest float16; integers: truncated toward zero and wrapped, see {@link Integers#fromDouble};
     * bool: non-zero). Only while filling.
     */
    public void setDouble(int i, double value) {
        switch (type) {
            case FLOAT32 -> ((float[]) data)[i] = (float) value;
            case FLOAT16 -> ((float[]) data)[i] = Float16.round((float) value);
            case FLOAT64 -> ((double[]) data)[i] = value;
            case BOOL -> ((boolean[]) data)[i] = value != 0;
            default -> ((long[]) data)[i] = Integers.fromDouble(type, value);
        }
    }

    /**
     * Stores a signed integer at {@code i}: wrapped to an integer type (so a uint64 keeps its 64 bits), converted as
     * Java converts a long to a floating type (float16: to nearest float32, then to nearest float16), non-zero for
     * bool. Only while filling.
     */
    public void setLong(int i, long value) {
        switch (type) {
            case FLOAT32 -> ((float[]) data)[i] = value;
            case FLOAT16 -> ((float[]) data)[i] = Float16.round(value);
            case FLOAT64 -> ((double[]) data)[i] = value;
            case BOOL -> ((boolean[]) data)[i] = value != 0;
            default -> ((long[]) data)[i] = Integers.wrap(type, value);
        }
    }

    public void setBool(int i, boolean value) {
        setLong(i, value ? 1 : 0);
    }

    /**
     * A new array of shape {@code newShape} whose element {@code o} is this array's element {@code sourceIndex[o]}: the
     * one copying primitive behind broadcasting, transposing, slicing and gathering.
     */
    public NdArray select(int[] newShape, int[] sourceIndex) {
        NdArray out = allocate(type, newShape);
        int n = sourceIndex.length;
        switch (type) {
            case FLOAT16, FLOAT32 -> {
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
            case BOOL -> {
                boolean[] src = bools();
                boolean[] dst = out.bools();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
            default -> {
                long[] src = longs();
                long[] dst = out.longs();
                for (int o = 0; o < n; o++) {
                    dst[o] = src[sourceIndex[o]];
                }
            }
        }
        return out;
    }

    /**
     * Copies {@code length} elements from {@code source} at {@code from} into this array at {@code to}. Only while
     * filling.
     */
    public void copyFrom(NdArray source, int from, int to, int length) {
        if (source.type != type) {
            throw new InvalidOperandException(
                    "cannot copy " + source.type.descriptorName() + " into " + type.descriptorName());
        }
        System.arraycopy(source.data, from, data, to, length);
    }

    public String describe() {
        return type.descriptorName() + Arrays.toString(shape);
    }
}
