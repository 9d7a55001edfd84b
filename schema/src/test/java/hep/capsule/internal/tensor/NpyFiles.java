package hep.capsule.internal.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Builds NPY bytes and tensors for tests. */
final class NpyFiles {

    private NpyFiles() {}

    /** A format 1.0 file with the given header dictionary text (taken as is) and data. */
    static byte[] v1(String dict, byte[] data) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(10 + text.length + data.length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x93)
                .put("NUMPY".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 0)
                .putShort((short) text.length)
                .put(text)
                .put(data)
                .array();
    }

    /** A tensor filled with seeded pseudo-random but valid values (bools are 0 or 1). */
    static Tensor random(ElementType type, long[] shape, long seed) {
        byte[] data = new byte[Math.toIntExact(Tensor.elementCount(shape) * type.byteWidth())];
        new Random(seed).nextBytes(data);
        if (type == ElementType.BOOL) {
            for (int i = 0; i < data.length; i++) {
                data[i] &= 1;
            }
        }
        return new Tensor(type, shape, data);
    }
}
