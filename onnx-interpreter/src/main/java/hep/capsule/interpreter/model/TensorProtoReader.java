package hep.capsule.interpreter.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import hep.capsule.interpreter.array.InvalidOperandException;
import hep.capsule.interpreter.array.NdArray;
import hep.capsule.interpreter.array.Shapes;
import hep.capsule.tensor.ElementType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ONNX {@code TensorProto} (dims 1, data_type 2, float_data 4, int32_data 5,
 * int64_data 7, name 8, raw_data 9, double_data 10, data_location 14) into an array.
 */
final class TensorProtoReader {

    /**
     * A tensor with its name, as initializers carry one.
     *
     * @param typeCode the ONNX data type the model declares, which differs from the array's type
     *                 only for widened byte tensors
     */
    record Named(String name, NdArray value, long typeCode) {
    }

    private static final int UINT8 = 2;
    private static final int INT8 = 3;

    private TensorProtoReader() {
    }

    static Named read(CodedInputStream in) throws IOException, OnnxFormatException {
        return read(in, false);
    }

    /**
     * An attribute's tensor: as {@link #read(CodedInputStream)}, but uint8 and int8 tensors (such
     * as TreeEnsemble's {@code nodes_modes}) are widened to int32 arrays; {@link Named#typeCode()}
     * keeps their declared type, so that no operator mistakes them for int32 values.
     */
    static Named readAttribute(CodedInputStream in) throws IOException, OnnxFormatException {
        return read(in, true);
    }

    private static Named read(CodedInputStream in, boolean widenBytes) throws IOException, OnnxFormatException {
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
                case 5, 7 -> Wire.varints(in, tag, values::add);
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
            throw new OnnxFormatException(what + " keeps its data in an external file; store the model with its data inside");
        }
        boolean bytes = widenBytes && (code == UINT8 || code == INT8);
        ElementType type = bytes ? ElementType.INT32
                : OnnxTypes.elementType(code).orElseThrow(() -> new UnsupportedTypeException("tensor", tensorName, code));
        try {
            int[] shape = Shapes.toInts(dims.stream().mapToLong(Long::longValue).toArray());
            NdArray array = NdArray.allocate(type, shape);
            if (raw != null && bytes) {
                fillBytes(array, raw, code == INT8, what);
            } else if (raw != null) {
                fillRaw(array, raw, what);
            } else {
                fillTyped(array, values, what);
            }
            return new Named(name, array, code);
        } catch (InvalidOperandException e) {
            throw new OnnxFormatException(what + ": " + e.getMessage(), e);
        }
    }

    private static void fillBytes(NdArray array, byte[] raw, boolean signed, String what) throws OnnxFormatException {
        if (raw.length != array.size()) {
            throw new OnnxFormatException(what + " has " + raw.length + " bytes of raw data; " + array.size() + " values need "
                    + array.size());
        }
        for (int i = 0; i < raw.length; i++) {
            array.longs()[i] = signed ? raw[i] : raw[i] & 0xff;
        }
    }

    private static void fillRaw(NdArray array, byte[] raw, String what) throws OnnxFormatException {
        int size = array.size();
        int width = array.type().byteWidth();
        if (raw.length != (long) size * width) {
            throw new OnnxFormatException(what + " has " + raw.length + " bytes of raw data; " + array.describe()
                    + " needs " + (long) size * width);
        }
        ByteBuffer in = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < size; i++) {
            switch (array.type()) {
                case FLOAT32 -> array.floats()[i] = in.getFloat(4 * i);
                case FLOAT64 -> array.doubles()[i] = in.getDouble(8 * i);
                case INT32 -> array.longs()[i] = in.getInt(4 * i);
                case INT64 -> array.longs()[i] = in.getLong(8 * i);
                case BOOL -> array.bools()[i] = raw[i] != 0;
            }
        }
    }

    /** float_data and double_data arrive as raw bits, the integer fields as values. */
    private static void fillTyped(NdArray array, List<Long> values, String what) throws OnnxFormatException {
        int size = array.size();
        if (values.size() != size) {
            throw new OnnxFormatException(what + " has " + values.size() + " values; " + array.describe() + " needs " + size);
        }
        for (int i = 0; i < size; i++) {
            long v = values.get(i);
            switch (array.type()) {
                case FLOAT32 -> array.floats()[i] = Float.intBitsToFloat((int) v);
                case FLOAT64 -> array.doubles()[i] = Double.longBitsToDouble(v);
                case INT32 -> array.longs()[i] = (int) v;
                case INT64 -> array.longs()[i] = v;
                case BOOL -> array.bools()[i] = v != 0;
            }
        }
    }
}
