package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.OnnxTypes;
import java.util.Arrays;

/**
 * What is known of one tensor before it exists: its shape, its ONNX element type and, for small integer tensors
 * (shapes, axes, repeats), its values. Enough to size what a node will allocate.
 *
 * @param shape the dimensions, {@code null} when not known
 * @param typeCode the ONNX {@code TensorProto.DataType}, 0 when not known
 * @param ints the values of a small integer tensor, {@code null} when not known
 */
public record ValueFacts(long[] shape, long typeCode, long[] ints) {
    /** Integer tensors up to this many elements keep their values (shapes and axes are far smaller). */
    static final int MAX_TRACKED_VALUES = 1024;

    public static final ValueFacts UNKNOWN = new ValueFacts(null, 0, null);

    public static ValueFacts of(long[] shape, long typeCode) {
        return new ValueFacts(shape, typeCode, null);
    }

    /** The facts of an array that exists: its shape, type and (small integer arrays) values. */
    public static ValueFacts of(NdArray array) {
        if (array == null) {
            return UNKNOWN;
        }
        long code = OnnxTypes.code(array.type());
        long[] values = isInteger(code) && array.size() <= MAX_TRACKED_VALUES
                ? array.longs().clone()
                : null;
        return new ValueFacts(Arrays.stream(array.shape()).asLongStream().toArray(), code, values);
    }

    static boolean isInteger(long code) {
        return code == 2 || code == 3 || code == 4 || code == 5 || code == 6 || code == 7 || code == 12 || code == 13;
    }

    public boolean sized() {
        return shape != null;
    }

    /** The element count, saturated at {@code Long.MAX_VALUE}; only for a sized value. */
    public long elements() {
        long count = 1;
        for (long dim : shape) {
            count = times(count, dim);
        }
        return count;
    }

    /** The bytes of the data as ONNX stores it (an unknown type counts as one byte an element). */
    public long bytes() {
        return times(elements(), bytesPerElement(typeCode));
    }

    /** The bytes the portable witness holds: it keeps every integer type in 64 bits and float16 in 32. */
    public long witnessBytes() {
        return times(elements(), isInteger(typeCode) ? 8 : typeCode == 10 ? 4 : bytesPerElement(typeCode));
    }

    static long bytesPerElement(long code) {
        return switch ((int) code) {
            case 4, 5, 10, 16 -> 2;
            case 1, 6, 12 -> 4;
            case 7, 11, 13, 14 -> 8;
            case 15 -> 16;
            default -> 1;
        };
    }

    static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** For messages: {@code [20000, 100000] FLOAT}. */
    public String describe() {
        return (shape == null ? "[?]" : Arrays.toString(shape)) + " " + OnnxTypes.name(typeCode);
    }
}
