package hep.capsule.internal.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A dense tensor held as its raw little-endian, C-order bytes: exactly the bytes an NPY file stores after its header,
 * so that comparing two tensors bit by bit is comparing bytes.
 *
 * @param type the element type
 * @param shape the dimensions, outermost (the event axis) first
 * @param data {@code elementCount * type.byteWidth()} bytes, little-endian, C order
 */
public record Tensor(ElementType type, long[] shape, byte[] data) {

    public Tensor {
        shape = shape.clone();
        long expected = elementCount(shape) * type.byteWidth();
        if (expected != data.length) {
            throw new IllegalArgumentException("a " + type.descriptorName() + " tensor of shape "
                    + Arrays.toString(shape) + " needs " + expected + " bytes, got " + data.length);
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public long elementCount() {
        return elementCount(shape);
    }

    /** The number of events: the length of the outermost axis (1 for a scalar). */
    public long rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The data as a little-endian view; the caller must not write through it. */
    public ByteBuffer buffer() {
        // asReadOnlyBuffer() resets the order to big-endian, so the order is set after it.
        return ByteBuffer.wrap(data).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Element {@code index} (flat, C order) as a double: exact for every type but int64 beyond 2^53. */
    public double doubleAt(int index) {
        return type.valueAt(buffer(), index);
    }

    public static long elementCount(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, dim);
        }
        return count;
    }

    public String describe() {
        return type.descriptorName() + Arrays.toString(shape);
    }
}
