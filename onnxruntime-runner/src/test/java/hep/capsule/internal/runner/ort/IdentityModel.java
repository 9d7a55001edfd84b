package hep.capsule.internal.runner.ort;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes, in protobuf wire format, the smallest ONNX model: {@code y = Identity(x)} with {@code x} and {@code y} of one
 * element type and shape {@code [N, 3]}. It lets the tests run every element type through onnxruntime without a
 * model-building library.
 */
final class IdentityModel {

    /** The ONNX TensorProto.DataType code of uint8, a type Capsule does not support. */
    static final int UINT8 = 2;

    private IdentityModel() {}

    /** @param elemType an ONNX TensorProto.DataType code: 1 float, 6 int32, 7 int64, 9 bool, 11 double */
    static byte[] of(int elemType) {
        byte[] node = message(strings(1, "x"), strings(2, "y"), strings(4, "Identity"));
        byte[] graph = message(
                field(1, node),
                strings(2, "identity"),
                field(11, valueInfo("x", elemType)),
                field(12, valueInfo("y", elemType)));
        byte[] opset = message(strings(1, ""), varint(2, 13));
        return message(varint(1, 7), strings(2, "capsule-test"), field(7, graph), field(8, opset));
    }

    private static byte[] valueInfo(String name, int elemType) {
        byte[] shape = message(field(1, strings(2, "N")), field(1, varint(1, 3)));
        byte[] tensorType = message(varint(1, elemType), field(2, shape));
        return message(strings(1, name), field(2, field(1, tensorType)));
    }

    private static byte[] strings(int number, String value) {
        return field(number, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A length-delimited field (wire type 2). */
    private static byte[] field(int number, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, (number << 3) | 2);
        writeVarint(out, payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** A varint field (wire type 0). */
    private static byte[] varint(int number, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, number << 3);
        writeVarint(out, value);
        return out.toByteArray();
    }

    private static byte[] message(byte[]... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : fields) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
