package hep.capsule.tensor;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The element types a capsule's tensors may have. Each knows its NPY type string (always
 * little-endian), its ONNX name and its width in bytes.
 */
public enum ElementType {
    FLOAT32("float32", "<f4", 4),
    FLOAT64("float64", "<f8", 8),
    INT32("int32", "<i4", 4),
    INT64("int64", "<i8", 8),
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
        return this == FLOAT32 || this == FLOAT64;
    }

    /**
     * Element {@code index} of little-endian data of this type, as a double: exact for every type
     * but int64 values beyond 2^53.
     */
    public double valueAt(ByteBuffer littleEndian, int index) {
        return switch (this) {
            case FLOAT32 -> littleEndian.getFloat(4 * index);
            case FLOAT64 -> littleEndian.getDouble(8 * index);
            case INT32 -> littleEndian.getInt(4 * index);
            case INT64 -> littleEndian.getLong(8 * index);
            case BOOL -> littleEndian.get(index) != 0 ? 1 : 0;
        };
    }

    public static Optional<ElementType> fromDescriptorName(String name) {
        return Arrays.stream(values()).filter(t -> t.descriptorName.equals(name)).findFirst();
    }

    public static Optional<ElementType> fromNpyDescr(String descr) {
        return Arrays.stream(values()).filter(t -> t.npyDescr.equals(descr)).findFirst();
    }
}
