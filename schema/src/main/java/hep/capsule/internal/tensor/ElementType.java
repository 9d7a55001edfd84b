package hep.capsule.internal.tensor;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The element types a capsule's tensors may have. Each knows its NPY type string (always little-endian), its ONNX name
 * and its width in bytes.
 */
public enum ElementType {
    FLOAT16("float16", "<f2", 2),
    FLOAT32("float32", "<f4", 4),
    FLOAT64("float64", "<f8", 8),
    INT8("int8", "|i1", 1),
    INT16("int16", "<i2", 2),
    INT32("int32", "<i4", 4),
    INT64("int64", "<i8", 8),
    UINT8("uint8", "|u1", 1),
    UINT16("uint16", "<u2", 2),
    UINT32("uint32", "<u4", 4),
    UINT64("uint64", "<u8", 8),
    BOOL("bool", "|b1", 1);

    private final String descriptorName;
    private final String npyDescr;
    private final int byteWidth;

    ElementType(String descriptorName, String npyDescr, int byteWidth) {
        this.descriptorName = descriptorName;
        this.npyDescr = npyDescr;
        this.byteWidth = byteWidth;
    }

    /** The name used in capsule.yaml and capsule.json, e.g. {@code float32}. */
    public String descriptorName() {
        return descriptorName;
    }

    /** The numpy {@code descr} string, e.g. {@code <f4}. */
    public String npyDescr() {
        return npyDescr;
    }

    public int byteWidth() {
        return byteWidth;
    }

    public boolean isFloatingPoint() {
        return this == FLOAT16 || this == FLOAT32 || this == FLOAT64;
    }

    /** Signed or unsigned integers of any width (not bool). */
    public boolean isInteger() {
        return !isFloatingPoint() && this != BOOL;
    }

    /**
     * Element {@code index} of little-endian data of this type, as a double: exact for every type but int64 and uint64
     * values beyond 2^53.
     */
    public double valueAt(ByteBuffer littleEndian, int index) {
        return switch (this) {
            case FLOAT16 -> Float16.toFloat(littleEndian.getShort(2 * index));
            case FLOAT32 -> littleEndian.getFloat(4 * index);
            case FLOAT64 -> littleEndian.getDouble(8 * index);
            case INT8 -> littleEndian.get(index);
            case INT16 -> littleEndian.getShort(2 * index);
            case INT32 -> littleEndian.getInt(4 * index);
            case INT64 -> littleEndian.getLong(8 * index);
            case UINT8 -> Byte.toUnsignedInt(littleEndian.get(index));
            case UINT16 -> Short.toUnsignedInt(littleEndian.getShort(2 * index));
            case UINT32 -> Integer.toUnsignedLong(littleEndian.getInt(4 * index));
            case UINT64 -> unsignedToDouble(littleEndian.getLong(8 * index));
            case BOOL -> littleEndian.get(index) != 0 ? 1 : 0;
        };
    }

    /**
     * Element {@code index} of integer or bool data of this type, as a long: exact, except that a uint64 value of 2^63
     * or more comes back as its bits (negative).
     */
    public long integerAt(ByteBuffer littleEndian, int index) {
        return switch (this) {
            case INT8 -> littleEndian.get(index);
            case INT16 -> littleEndian.getShort(2 * index);
            case INT32 -> littleEndian.getInt(4 * index);
            case INT64, UINT64 -> littleEndian.getLong(8 * index);
            case UINT8 -> Byte.toUnsignedInt(littleEndian.get(index));
            case UINT16 -> Short.toUnsignedInt(littleEndian.getShort(2 * index));
            case UINT32 -> Integer.toUnsignedLong(littleEndian.getInt(4 * index));
            case BOOL -> littleEndian.get(index) != 0 ? 1 : 0;
            case FLOAT16, FLOAT32, FLOAT64 ->
                throw new IllegalStateException(descriptorName + " is not an integer type");
        };
    }

    private static double unsignedToDouble(long bits) {
        return bits >= 0 ? bits : ((bits >>> 1) | (bits & 1)) * 2.0;
    }

    /**
     * Why a tensor of an element type outside this enum (an ONNX name such as {@code BFLOAT16}, {@code FLOAT8E4M3FN},
     * {@code INT4} or {@code STRING}) cannot be in a capsule.
     */
    public static String refusal(String otherType) {
        String name = otherType.toLowerCase(java.util.Locale.ROOT);
        String reason = name.startsWith("bfloat")
                        || name.startsWith("float8")
                        || name.startsWith("float4")
                        || name.matches("u?int[24]")
                ? "NPY cannot hold " + name
                        + " values (numpy has no such type), so Capsule cannot store its reference values"
                : "Capsule stores tensors as NPY, which holds no " + name + " values";
        return reason + "; the element types Capsule supports are " + supportedNames();
    }

    /** For messages: {@code float16, float32, ... and bool}. */
    public static String supportedNames() {
        List<String> names =
                Arrays.stream(values()).map(ElementType::descriptorName).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public static Optional<ElementType> fromDescriptorName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.descriptorName.equals(name))
                .findFirst();
    }

    public static Optional<ElementType> fromNpyDescr(String descr) {
        return Arrays.stream(values()).filter(t -> t.npyDescr.equals(descr)).findFirst();
    }
}
