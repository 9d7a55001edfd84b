package hep.capsule.internal.tensor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The header of an NPY file: element type, shape (C order, little-endian) and where the data starts. {@link #encode()}
 * writes format version 1.0 exactly as {@code numpy.save} does; {@link #read} accepts versions 1.0, 2.0 and 3.0.
 *
 * @param type the element type
 * @param shape the dimensions, outermost first; empty for a scalar
 * @param dataOffset the byte offset of the data in the file
 */
public record NpyHeader(ElementType type, long[] shape, long dataOffset) {

    /** numpy refuses arrays with more dimensions than this. */
    public static final int MAX_RANK = 64;

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** numpy aligns the start of the data to this many bytes. */
    private static final int ALIGNMENT = 64;
    /** numpy pads the header so the first dimension can grow to this many digits in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;

    private static final int V1_PREFIX = MAGIC.length + 2 + 2;

    public NpyHeader {
        Objects.requireNonNull(type, "type");
        shape = shape.clone();
        if (shape.length > MAX_RANK) {
            throw new IllegalArgumentException(
                    "an NPY array has at most " + MAX_RANK + " dimensions, got " + shape.length);
        }
        Tensor.elementCount(shape);
        if (dataOffset < 0) {
            throw new IllegalArgumentException("negative data offset " + dataOffset);
        }
    }

    /** The header numpy would write for an array of this type and shape (format 1.0). */
    public static NpyHeader of(ElementType type, long[] shape) {
        NpyHeader provisional = new NpyHeader(type, shape, 0);
        return new NpyHeader(type, shape, provisional.encode().length);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The length of the data section in bytes. */
    public long dataBytes() {
        return Math.multiplyExact(Tensor.elementCount(shape), type.byteWidth());
    }

    /** The number of events: the length of the outermost axis (1 for a scalar). */
    public long rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The bytes of one row: all dimensions but the first (the whole array for a scalar). */
    public long rowBytes() {
        long[] inner = shape.length == 0 ? shape : Arrays.copyOfRange(shape, 1, shape.length);
        return Math.multiplyExact(Tensor.elementCount(inner), type.byteWidth());
    }

    /** The shape of a batch of {@code rows} rows of this array. */
    public long[] batchShape(long rows) {
        long[] batch = shape.clone();
        if (batch.length > 0) {
            batch[0] = rows;
        }
        return batch;
    }

    /**
     * The format 1.0 header, byte for byte as {@code numpy.save} writes it: magic, version, the little-endian header
     * length and the dictionary, padded with spaces and a final newline so that the data starts at a multiple of 64
     * bytes.
     */
    public byte[] encode() {
        StringBuilder dict = new StringBuilder()
                .append("{'descr': '")
                .append(type.npyDescr())
                .append("', 'fortran_order': False, 'shape': ")
                .append(shapeLiteral())
                .append(", }");
        if (shape.length > 0) {
            dict.append(
                    " ".repeat(GROWTH_AXIS_MAX_DIGITS - Long.toString(shape[0]).length()));
        }
        int unpadded = V1_PREFIX + dict.length() + 1;
        dict.append(" ".repeat(ALIGNMENT - unpadded % ALIGNMENT)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(V1_PREFIX + text.length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC)
                .put((byte) 1)
                .put((byte) 0)
                .putShort((short) text.length)
                .put(text)
                .array();
    }

    private String shapeLiteral() {
        String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return "(" + dims + (shape.length == 1 ? ",)" : ")");
    }

    /**
     * Reads a header and leaves {@code in} at the first data byte.
     *
     * @param fileName the name to put in error messages
     * @throws NpyFormatException when the header is malformed, unsupported or beyond the limits
     */
    public static NpyHeader read(InputStream in, String fileName, NpyLimits limits)
            throws IOException, NpyFormatException {
        byte[] magic = readFully(in, MAGIC.length + 2, "magic string", fileName);
        if (!Arrays.equals(magic, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new NpyFormatException(fileName, "not an NPY file (it does not start with \\x93NUMPY)");
        }
        int major = magic[MAGIC.length];
        int minor = magic[MAGIC.length + 1];
        if (minor != 0 || major < 1 || major > 3) {
            throw new NpyFormatException(
                    fileName,
                    "unsupported NPY format version " + (major & 0xff) + "." + (minor & 0xff)
                            + " (1.0, 2.0 and 3.0 are supported)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        ByteBuffer lengthField = ByteBuffer.wrap(readFully(in, lengthBytes, "header length", fileName))
                .order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1
                ? Short.toUnsignedLong(lengthField.getShort())
                : Integer.toUnsignedLong(lengthField.getInt());
        if (headerLength > Math.min(limits.maxHeaderBytes(), Integer.MAX_VALUE - 8)) {
            throw new NpyFormatException(
                    fileName,
                    "NPY header of " + headerLength + " bytes exceeds the limit of " + limits.maxHeaderBytes()
                            + " bytes");
        }
        byte[] text = readFully(in, (int) headerLength, "header", fileName);
        NpyHeaderDict dict = NpyHeaderDict.parse(decode(text, major == 3, fileName), fileName);
        if (dict.fortranOrder()) {
            throw new NpyFormatException(
                    fileName,
                    "Fortran-order arrays are not supported; save the array in C order (numpy.ascontiguousarray)");
        }
        if (dict.shape().length > MAX_RANK) {
            throw new NpyFormatException(
                    fileName, "shape has " + dict.shape().length + " dimensions, numpy allows at most " + MAX_RANK);
        }
        ElementType type = NpyDescr.elementType(dict.descr(), fileName);
        checkSize(type, dict.shape(), fileName, limits);
        return new NpyHeader(type, dict.shape(), MAGIC.length + 2 + lengthBytes + headerLength);
    }

    private static void checkSize(ElementType type, long[] shape, String fileName, NpyLimits limits)
            throws NpyFormatException {
        long bytes;
        try {
            bytes = Math.multiplyExact(Tensor.elementCount(shape), type.byteWidth());
        } catch (ArithmeticException overflow) {
            throw new NpyFormatException(
                    fileName, "shape " + Arrays.toString(shape) + " overflows: more than 2^63 bytes of data");
        }
        if (bytes > limits.maxTensorBytes()) {
            throw new NpyFormatException(
                    fileName,
                    "shape " + Arrays.toString(shape) + " of "
                            + type.descriptorName() + " needs " + bytes + " bytes, more than the limit of "
                            + limits.maxTensorBytes() + " bytes (raise the limit with --max-tensor-size)");
        }
    }

    private static String decode(byte[] text, boolean utf8, String fileName) throws NpyFormatException {
        Charset charset = utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new NpyFormatException(fileName, "NPY 3.0 header is not valid UTF-8");
        }
    }

    private static byte[] readFully(InputStream in, int length, String part, String fileName)
            throws IOException, NpyFormatException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new NpyFormatException(
                    fileName, "file ends inside the NPY " + part + " (truncated or not an NPY file)");
        }
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h
                && type == h.type
                && Arrays.equals(shape, h.shape)
                && dataOffset == h.dataOffset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(shape), dataOffset);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + type.npyDescr() + " " + Arrays.toString(shape) + " at " + dataOffset + "]";
    }
}
