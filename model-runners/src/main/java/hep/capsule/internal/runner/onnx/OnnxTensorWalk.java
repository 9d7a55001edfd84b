package hep.capsule.internal.runner.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Visits every {@code TensorProto} an ONNX model holds, wherever onnx.proto allows one, and may replace it: graph
 * initializers and sparse initializers, the tensors, sparse tensors and subgraphs of node attributes (Constant's
 * {@code value}, If/Loop/Scan bodies), the graphs of training information, and the nodes and attributes of model-local
 * functions. Field numbers are those of onnx.proto. Every other field is kept byte for byte, so a model in which
 * nothing is replaced comes back unchanged, and the same model and replacements always give the same bytes.
 */
public final class OnnxTensorWalk {

    /** Nesting of messages deeper than protobuf's own default limit is refused. */
    static final int MAX_DEPTH = 100;

    /** What is done with each tensor. */
    @FunctionalInterface
    public interface TensorVisitor {
        /**
         * @param tensor the serialised TensorProto
         * @param where where the model holds it, e.g. {@code graph, node "c0" ("Constant"), attribute "value"}
         * @return the serialised replacement, or {@code null} to keep the tensor
         */
        byte[] visit(byte[] tensor, String where) throws MalformedOnnxException;
    }

    /** The kinds of message on the way from a model to its tensors. */
    private enum Kind {
        MODEL,
        GRAPH,
        NODE,
        ATTRIBUTE,
        TENSOR,
        SPARSE_TENSOR,
        TRAINING_INFO,
        FUNCTION;

        /** The kind of message a field holds, or {@code null} when it cannot lead to a tensor. */
        Kind child(int field) {
            return switch (this) {
                case MODEL ->
                    switch (field) {
                        case 7 -> GRAPH;
                        case 20 -> TRAINING_INFO;
                        case 25 -> FUNCTION;
                        default -> null;
                    };
                case GRAPH ->
                    switch (field) {
                        case 1 -> NODE;
                        case 5 -> TENSOR;
                        case 15 -> SPARSE_TENSOR;
                        default -> null;
                    };
                case NODE -> field == 5 ? ATTRIBUTE : null;
                case ATTRIBUTE ->
                    switch (field) {
                        case 5, 10 -> TENSOR;
                        case 6, 11 -> GRAPH;
                        case 22, 23 -> SPARSE_TENSOR;
                        default -> null;
                    };
                case SPARSE_TENSOR -> field == 1 || field == 2 ? TENSOR : null;
                case TRAINING_INFO -> field == 1 || field == 2 ? GRAPH : null;
                case FUNCTION ->
                    switch (field) {
                        case 7 -> NODE;
                        case 11 -> ATTRIBUTE;
                        default -> null;
                    };
                case TENSOR -> null;
            };
        }

        /** How a message of this kind, in field {@code field} of a {@code parent}, is named in messages. */
        String describe(Kind parent, int field, byte[] message) throws IOException {
            return switch (this) {
                case GRAPH -> field == 7 ? "graph" : "subgraph";
                case NODE ->
                    "node " + ExternalTensor.shown(stringField(message, 3)) + " ("
                            + ExternalTensor.shown(stringField(message, 4)) + ")";
                case ATTRIBUTE -> "attribute " + ExternalTensor.shown(stringField(message, 1));
                case TENSOR ->
                    switch (parent) {
                        case GRAPH -> "initializer";
                        case SPARSE_TENSOR -> field == 1 ? "values" : "indices";
                        default -> "tensor";
                    };
                case SPARSE_TENSOR -> "sparse tensor";
                case TRAINING_INFO -> "training information";
                case FUNCTION -> "function " + ExternalTensor.shown(stringField(message, 1));
                case MODEL -> "model";
            };
        }
    }

    private OnnxTensorWalk() {}

    /**
     * Visits every tensor of a model.
     *
     * @return the model with the visitor's replacements, the same array when there were none
     * @throws MalformedOnnxException when the bytes are not an ONNX model's protobuf encoding
     */
    public static byte[] rewrite(byte[] model, TensorVisitor visitor) throws MalformedOnnxException {
        try {
            byte[] changed = walk(Kind.MODEL, model, "", 0, visitor);
            return changed == null ? model : changed;
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedOnnxException(
                    "not an ONNX model (the protobuf encoding is broken: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new MalformedOnnxException("cannot read the model: " + e.getMessage(), e);
        }
    }

    /** @return the message with replaced tensors, or {@code null} when nothing under it changed */
    private static byte[] walk(Kind kind, byte[] message, String where, int depth, TensorVisitor visitor)
            throws IOException, MalformedOnnxException {
        if (depth > MAX_DEPTH) {
            throw new MalformedOnnxException(
                    "the model nests messages more than " + MAX_DEPTH + " deep (" + where + ")");
        }
        CodedInputStream in = CodedInputStream.newInstance(message);
        ByteArrayOutputStream out = null;
        int copied = 0;
        while (true) {
            int fieldStart = in.getTotalBytesRead();
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            int field = WireFormat.getTagFieldNumber(tag);
            Kind child = kind.child(field);
            if (child == null || WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                in.skipField(tag);
                continue;
            }
            byte[] bytes = in.readByteArray();
            String inside = (where.isEmpty() ? "" : where + ", ") + child.describe(kind, field, bytes);
            byte[] replaced = child == Kind.TENSOR
                    ? visitor.visit(bytes, inside)
                    : walk(child, bytes, inside, depth + 1, visitor);
            if (replaced != null) {
                if (out == null) {
                    out = new ByteArrayOutputStream(message.length);
                }
                out.write(message, copied, fieldStart - copied);
                writeField(out, field, replaced);
                copied = in.getTotalBytesRead();
            }
        }
        if (out == null) {
            return null;
        }
        out.write(message, copied, message.length - copied);
        return out.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, int field, byte[] value) throws IOException {
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        coded.writeByteArray(field, value);
        coded.flush();
    }

    /** The last value of a string field of a message, or {@code ""}. */
    static String stringField(byte[] message, int number) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(message);
        String value = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == number
                    && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                value = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        return value;
    }
}
