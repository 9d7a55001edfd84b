package hep.capsule.internal.runner.onnx;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes ONNX models in protobuf wire format (field numbers of onnx.proto): Capsule's ONNX twins of models in other
 * formats, and the single-operator models of the interpreter's tests. Nodes are named after their operator and
 * position, e.g. {@code Gemm_3}.
 */
public final class OnnxModelBuilder {
    public static final int FLOAT = 1;
    public static final int INT32 = 6;
    public static final int INT64 = 7;
    public static final int BOOL = 9;
    public static final int DOUBLE = 11;

    /** One message under construction: fields appended in order. */
    public static final class Message {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

        public Message string(int field, String value) {
            return write(() -> out.writeString(field, value));
        }

        public Message varint(int field, long value) {
            return write(() -> out.writeInt64(field, value));
        }

        public Message fixed32(int field, float value) {
            return write(() -> out.writeFloat(field, value));
        }

        public Message bytes(int field, byte[] value) {
            return write(() -> out.writeByteArray(field, value));
        }

        public Message message(int field, Message value) {
            return bytes(field, value.toBytes());
        }

        private Message write(IoAction action) {
            try {
                action.run();
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public byte[] toBytes() {
            write(out::flush);
            return bytes.toByteArray();
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private final long opset;
    private final Long mlOpset;
    private final List<Message> nodes = new ArrayList<>();
    private final List<Message> initializers = new ArrayList<>();
    private final List<Message> inputs = new ArrayList<>();
    private final List<Message> outputs = new ArrayList<>();

    public OnnxModelBuilder(long opset, Long mlOpset) {
        this.opset = opset;
        this.mlOpset = mlOpset;
    }

    public OnnxModelBuilder(long opset) {
        this(opset, null);
    }

    /** A graph input; a dimension of -1 is the symbolic event axis {@code N}. */
    public OnnxModelBuilder input(String name, int elemType, long... dims) {
        inputs.add(valueInfo(name, elemType, dims));
        return this;
    }

    /** A graph output with the element type only (onnxruntime infers the shape). */
    public OnnxModelBuilder output(String name, int elemType) {
        outputs.add(valueInfo(name, elemType, null));
        return this;
    }

    /** A graph output with its shape; a dimension of -1 is the symbolic event axis {@code N}. */
    public OnnxModelBuilder output(String name, int elemType, long... dims) {
        outputs.add(valueInfo(name, elemType, dims));
        return this;
    }

    public OnnxModelBuilder floats(String name, long[] dims, float... values) {
        return initializer(name, floatTensor(dims, values));
    }

    /** A float64 initializer, stored as raw little-endian bytes. */
    public OnnxModelBuilder doubles(String name, long[] dims, double... values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            raw.putDouble(v);
        }
        Message tensor = new Message();
        for (long d : dims) {
            tensor.varint(1, d);
        }
        initializers.add(tensor.varint(2, DOUBLE).bytes(9, raw.array()).string(8, name));
        return this;
    }

    public OnnxModelBuilder longs(String name, long[] dims, long... values) {
        return initializer(name, longTensor(dims, values));
    }

    /** A constant tensor written by the caller (for example of an element type without a helper here). */
    public OnnxModelBuilder initializer(String name, Message tensor) {
        initializers.add(tensor.string(8, name));
        return this;
    }

    public OnnxModelBuilder node(String opType, List<String> in, List<String> out, Message... attributes) {
        return node(opType, "", in, out, attributes);
    }

    public OnnxModelBuilder node(
            String opType, String domain, List<String> in, List<String> out, Message... attributes) {
        Message node = new Message();
        in.forEach(name -> node.string(1, name));
        out.forEach(name -> node.string(2, name));
        node.string(3, opType + "_" + nodes.size()).string(4, opType);
        for (Message attribute : attributes) {
            node.message(5, attribute);
        }
        if (!domain.isEmpty()) {
            node.string(7, domain);
        }
        nodes.add(node);
        return this;
    }

    public byte[] build() {
        Message graph = new Message();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, "capsule");
        initializers.forEach(t -> graph.message(5, t));
        inputs.forEach(i -> graph.message(11, i));
        outputs.forEach(o -> graph.message(12, o));
        Message model = new Message()
                .varint(1, 8)
                .string(2, "capsule")
                .message(7, graph)
                .message(8, new Message().string(1, "").varint(2, opset));
        if (mlOpset != null) {
            model.message(8, new Message().string(1, "ai.onnx.ml").varint(2, mlOpset));
        }
        return model.toBytes();
    }

    public static Message floatTensor(long[] dims, float... values) {
        Message tensor = new Message();
        for (long d : dims) {
            tensor.varint(1, d);
        }
        tensor.varint(2, FLOAT);
        for (float v : values) {
            tensor.fixed32(4, v);
        }
        return tensor;
    }

    public static Message longTensor(long[] dims, long... values) {
        Message tensor = new Message();
        for (long d : dims) {
            tensor.varint(1, d);
        }
        tensor.varint(2, INT64);
        for (long v : values) {
            tensor.varint(7, v);
        }
        return tensor;
    }

    private static Message valueInfo(String name, int elemType, long[] dims) {
        Message tensorType = new Message().varint(1, elemType);
        if (dims != null) {
            Message shape = new Message();
            for (long d : dims) {
                shape.message(1, d < 0 ? new Message().string(2, "N") : new Message().varint(1, d));
            }
            tensorType.message(2, shape);
        }
        return new Message().string(1, name).message(2, new Message().message(1, tensorType));
    }

    public static Message attrInt(String name, long value) {
        return new Message().string(1, name).varint(3, value).varint(20, 2);
    }

    public static Message attrFloat(String name, float value) {
        return new Message().string(1, name).fixed32(2, value).varint(20, 1);
    }

    public static Message attrString(String name, String value) {
        return new Message().string(1, name).string(4, value).varint(20, 3);
    }

    public static Message attrInts(String name, long... values) {
        Message m = new Message().string(1, name);
        for (long v : values) {
            m.varint(8, v);
        }
        return m.varint(20, 7);
    }

    public static Message attrFloats(String name, float... values) {
        Message m = new Message().string(1, name);
        for (float v : values) {
            m.fixed32(7, v);
        }
        return m.varint(20, 6);
    }

    public static Message attrStrings(String name, String... values) {
        Message m = new Message().string(1, name);
        for (String v : values) {
            m.string(9, v);
        }
        return m.varint(20, 8);
    }

    public static Message attrTensor(String name, Message tensor) {
        return new Message().string(1, name).message(5, tensor).varint(20, 4);
    }
}
