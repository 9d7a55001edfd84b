package hep.capsule.internal.interpreter.array;

import hep.capsule.internal.tensor.ElementType;
import java.nio.ByteBuffer;

/**
 * ONNX's integer semantics on the interpreter's {@code long} storage. Every integer type is held in a {@code long}
 * wrapped to the type's width: int8, int16 and int32 as their signed values, uint8, uint16 and uint32 as their
 * (non-negative) unsigned values, int64 and uint64 as their 64 bits. Addition, subtraction and multiplication in
 * {@code long} then {@link #wrap} give the type's two's-complement (modular) result; comparison and division of uint64
 * are unsigned.
 */
public final class Integers {
    private static final double TWO_TO_63 = 0x1p63;

    private Integers() {}

    /** {@code value} reduced to {@code type}'s width: the higher bits dropped, as ONNX's Cast and C do. */
    public static long wrap(ElementType type, long value) {
        return switch (type) {
            case INT8 -> (byte) value;
            case INT16 -> (short) value;
            case INT32 -> (int) value;
            case UINT8 -> value & 0xffL;
            case UINT16 -> value & 0xffffL;
            case UINT32 -> value & 0xffff_ffffL;
            case INT64, UINT64 -> value;
            default -> throw new IllegalArgumentException(type.descriptorName() + " is not an integer type");
        };
    }

    /** A stored value of {@code type} as the nearest double (uint64 read unsigned). */
    public static double toDouble(ElementType type, long value) {
        return type == ElementType.UINT64 && value < 0 ? ((value >>> 1) | (value & 1)) * 2.0 : value;
    }

    /**
     * A stored value of {@code type} as the nearest float, rounded once (uint64 read unsigned; the dropped lowest bit
     * is kept as a sticky bit, so halving does not change the rounding).
     */
    public static float toFloat(ElementType type, long value) {
        return type == ElementType.UINT64 && value < 0 ? ((value >>> 1) | (value & 1)) * 2.0f : value;
    }

    /**
     * A floating value converted to {@code type}: truncated toward zero to a 64-bit integer (saturating, NaN to 0; for
     * uint64 the range is [0, 2^64)), then wrapped to the type's width. ONNX leaves out-of-range conversions undefined;
     * this is the witness's one rule for them.
     */
    public static long fromDouble(ElementType type, double value) {
        if (type == ElementType.UINT64 && value >= TWO_TO_63) {
            return (long) (value - TWO_TO_63) + Long.MIN_VALUE;
        }
        return wrap(type, (long) value);
    }

    /** Compares two stored values of {@code type}: unsigned for uint64, signed otherwise. */
    public static int compare(ElementType type, long a, long b) {
        return type == ElementType.UINT64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    /** {@code a / b} truncated toward zero (unsigned for uint64), not yet wrapped; division by zero is refused. */
    public static long divide(ElementType type, long a, long b) {
        if (b == 0) {
            throw new InvalidOperandException("integer division by zero");
        }
        return type == ElementType.UINT64 ? Long.divideUnsigned(a, b) : a / b;
    }

    /** Writes element {@code index} of little-endian data of {@code type}. */
    static void put(ElementType type, ByteBuffer littleEndian, int index, long value) {
        switch (type.byteWidth()) {
            case 1 -> littleEndian.put(index, (byte) value);
            case 2 -> littleEndian.putShort(2 * index, (short) value);
            case 4 -> littleEndian.putInt(4 * index, (int) value);
            default -> littleEndian.putLong(8 * index, value);
        }
    }
}
