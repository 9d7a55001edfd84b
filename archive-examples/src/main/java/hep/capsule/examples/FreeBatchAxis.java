package hep.capsule.examples;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code bench/big-reference}: copies an ONNX model whose graph declares a batch axis of length 1, with that axis
 * made free (named {@code N}), so that onnxruntime may be given batches of many events. Nothing else changes: same
 * nodes, same weights. Only the declared shapes of the graph's inputs, outputs and intermediate values whose first axis
 * is 1 are rewritten; the graph must compute each event on its own for the copy to be the same network. Not a test.
 *
 * <p>Usage: {@code FreeBatchAxis IN.onnx OUT.onnx}
 */
public final class FreeBatchAxis {
    // Field numbers of onnx.proto
    private static final int MODEL_GRAPH = 7;
    private static final int[] GRAPH_VALUE_INFOS = {11, 12, 13}; // input, output, value_info
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int DIM_PARAM = 2;

    private FreeBatchAxis() {}

    public static void main(String[] args) throws IOException {
        UnknownFieldSet model = UnknownFieldSet.parseFrom(Files.readAllBytes(Path.of(args[0])));
        UnknownFieldSet graph = UnknownFieldSet.parseFrom(only(model, MODEL_GRAPH));
        int freed = 0;
        UnknownFieldSet.Builder newGraph = graph.toBuilder();
        for (int field : GRAPH_VALUE_INFOS) {
            if (!graph.hasField(field)) {
                continue;
            }
            UnknownFieldSet.Field.Builder values = UnknownFieldSet.Field.newBuilder();
            for (ByteString valueInfo : graph.getField(field).getLengthDelimitedList()) {
                ByteString rewritten = freeFirstAxis(valueInfo);
                freed += rewritten.equals(valueInfo) ? 0 : 1;
                values.addLengthDelimited(rewritten);
            }
            newGraph.clearField(field).addField(field, values.build());
        }
        if (freed == 0) {
            throw new IOException(args[0] + ": no value with a batch axis of length 1");
        }
        Files.write(
                Path.of(args[1]),
                replace(model, MODEL_GRAPH, newGraph.build().toByteString()).toByteArray());
        System.out.println(args[1] + ": the first axis of " + freed + " values is now free");
    }

    /** The value info with its first axis named N when it was 1; unchanged otherwise. */
    private static ByteString freeFirstAxis(ByteString valueInfo) throws InvalidProtocolBufferException {
        UnknownFieldSet info = UnknownFieldSet.parseFrom(valueInfo);
        if (!info.hasField(VALUE_INFO_TYPE)) {
            return valueInfo;
        }
        UnknownFieldSet type = UnknownFieldSet.parseFrom(only(info, VALUE_INFO_TYPE));
        if (!type.hasField(TYPE_TENSOR)) {
            return valueInfo;
        }
        UnknownFieldSet tensor = UnknownFieldSet.parseFrom(only(type, TYPE_TENSOR));
        if (!tensor.hasField(TENSOR_SHAPE)) {
            return valueInfo;
        }
        UnknownFieldSet shape = UnknownFieldSet.parseFrom(only(tensor, TENSOR_SHAPE));
        List<ByteString> dims = new ArrayList<>(shape.getField(SHAPE_DIM).getLengthDelimitedList());
        if (dims.isEmpty()) {
            return valueInfo;
        }
        UnknownFieldSet first = UnknownFieldSet.parseFrom(dims.get(0));
        if (!first.hasField(DIM_VALUE)
                || !first.getField(DIM_VALUE).getVarintList().equals(List.of(1L))) {
            return valueInfo;
        }
        dims.set(
                0,
                UnknownFieldSet.newBuilder()
                        .addField(
                                DIM_PARAM,
                                UnknownFieldSet.Field.newBuilder()
                                        .addLengthDelimited(ByteString.copyFromUtf8("N"))
                                        .build())
                        .build()
                        .toByteString());
        UnknownFieldSet.Field.Builder newDims = UnknownFieldSet.Field.newBuilder();
        dims.forEach(newDims::addLengthDelimited);
        UnknownFieldSet newShape = shape.toBuilder()
                .clearField(SHAPE_DIM)
                .addField(SHAPE_DIM, newDims.build())
                .build();
        UnknownFieldSet newTensor = replace(tensor, TENSOR_SHAPE, newShape.toByteString());
        UnknownFieldSet newType = replace(type, TYPE_TENSOR, newTensor.toByteString());
        return replace(info, VALUE_INFO_TYPE, newType.toByteString()).toByteString();
    }

    private static ByteString only(UnknownFieldSet message, int field) throws InvalidProtocolBufferException {
        List<ByteString> values = message.getField(field).getLengthDelimitedList();
        if (values.size() != 1) {
            throw new InvalidProtocolBufferException("expected one field " + field + ", found " + values.size());
        }
        return values.get(0);
    }

    private static UnknownFieldSet replace(UnknownFieldSet message, int field, ByteString value) {
        return message.toBuilder()
                .clearField(field)
                .addField(
                        field,
                        UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(value)
                                .build())
                .build();
    }
}
