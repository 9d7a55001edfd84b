package hep.capsule.internal.tensor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Whole-file NPY encoding and decoding of a {@link Tensor} held in memory. */
public final class Npy {

    private Npy() {}

    /** The complete NPY file, byte for byte what {@code numpy.save} writes for the same array. */
    public static byte[] encode(Tensor tensor) {
        byte[] header = NpyHeader.of(tensor.type(), tensor.shape()).encode();
        return ByteBuffer.allocate(Math.addExact(header.length, tensor.data().length))
                .put(header)
                .put(tensor.data())
                .array();
    }

    /**
     * Decodes a complete NPY file.
     *
     * @throws NpyFormatException when the header is invalid or the data is not exactly as long as the header says
     *     (truncated or followed by extra bytes)
     */
    public static Tensor decode(byte[] file, String fileName, NpyLimits limits) throws NpyFormatException {
        NpyHeader header;
        try {
            header = NpyHeader.read(new ByteArrayInputStream(file), fileName, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        NpyDataLength.check(header, file.length, fileName);
        int offset = (int) header.dataOffset();
        return new Tensor(header.type(), header.shape(), Arrays.copyOfRange(file, offset, file.length));
    }
}
