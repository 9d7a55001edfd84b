package hep.capsule.internal.interpreter.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Float16;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ONNX {@code TensorProto} (dims 1, data_type 2, float_data 4, int32_data 5, int64_data 7, name 8, raw_data 9,
 * double_data 10, uint64_data 11, data_location 14) into an array.
 */
final class TensorProtoReader {

    /**
     * A tensor with its name, as initializers carry one.
     *
     * @param typeCode the ONNX data type the model declares
     */
    record Named(String name, NdArray value, long typeCode) {}

    private TensorProtoReader() {}

    static Named read(CodedInputStream in) throws IOException, OnnxFormatException {
        List<Long> dims = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        int dataType = 0;
        String name = "";
        byte[] raw = null;
        boolean external = false;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> Wire.varints(in, tag, dims::add);
                case 2 -> dataType = in.readInt32();
                case 4 -> Wire.fixed(in, tag, false, values::add);
                case 5, 7, 11 -> Wire.varints(in, tag, values::add);
                case 8 -> name = in.readString();
                case 9 -> raw = in.readByteArray();
                case 10 -> Wire.fixed(in, tag, true, values::add);
                case 14 -> external = in.readEnum() == 1;
                default -> in.skipField(tag);
            }
        }
        int code = dataType;
        String tensorName = name;
        String what = "tensor '" + name + "'";
        if (external) {
            throw new OnnxFormatException(
                    what + " keeps its data in an external file; store the model with its data inside");
        }
        ElementType type =
                OnnxTypes.elementType(code).orElseThrow(() -> new UnsupportedTypeException("tensor", tensorName, code));
        try {
            int[] shape = Shapes.toInts(dims.stream().mapToLong(Long::longValue).toArray());
            NdArray array = raw != null ? fromRaw(type, shape, raw, what) : fromValues(type, shape, values, what);
            return new Named(name, array, code);
        } catch (InvalidOperandException e) {
            throw new OnnxFormatException(what + ": " + e.getMessage(), e);
        }
    }

    private static NdArray fromRaw(ElementType type, int[] shape, byte[] raw, String what) throws OnnxFormatException {
        long needed = (long) Shapes.size(shape) * type.byteWidth();
        if (raw.length != needed) {
            throw new OnnxFormatException(what + " has " + raw.length + " bytes of raw data; " + type.descriptorName()
                    + Arrays.toString(shape) + " needs " + needed);
        }
        return NdArray.fromLittleEndian(type, shape, ByteBuffer.wrap(raw));
    }

    /**
     * float_data and double_data arrive as raw bits, float16 in int32_data as its 16 bits, the integer fields as values
     * (uint64_data as the 64 bits).
     */
    private static NdArray fromValues(ElementType type, int[] shape, List<Long> values, String what)
            throws OnnxFormatException {
        NdArray array = NdArray.allocate(type, shape);
        int size = array.size();
        if (values.size() != size) {
            throw new OnnxFormatException(
                    what + " has " + values.size() + " values; " + array.describe() + " needs " + size);
        }
        for (int i = 0; i < size; i++) {
            long v = values.get(i);
            switch (type) {
                case FLOAT32 -> array.floats()[i] = Float.intBitsToFloat((int) v);
                case FLOAT16 -> array.floats()[i] = Float16.toFloat((short) v);
                case FLOAT64 -> array.doubles()[i] = Double.longBitsToDouble(v);
                default -> array.setLong(i, v);
            }
        }
        return array;
    }
}
