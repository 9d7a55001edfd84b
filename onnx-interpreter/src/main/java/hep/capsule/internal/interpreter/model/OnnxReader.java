package hep.capsule.internal.interpreter.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ONNX model bytes (protobuf wire format) into immutable records. Field numbers are those of onnx.proto:
 * ModelProto (ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8), OperatorSetIdProto (domain
 * 1, version 2), GraphProto (node 1, initializer 5, input 11, output 12), NodeProto (input 1, output 2, name 3, op_type
 * 4, attribute 5, domain 7), AttributeProto (name 1, f 2, i 3, s 4, t 5, floats 7, ints 8, strings 9, type 20),
 * ValueInfoProto (name 1, type 2), TypeProto (tensor_type 1), TypeProto.Tensor (elem_type 1, shape 2), TensorShapeProto
 * (dim 1), Dimension (dim_value 1, dim_param 2).
 */
public final class OnnxReader {
    private OnnxReader() {}

    public static OnnxModel read(byte[] bytes) throws OnnxFormatException {
        try {
            return model(CodedInputStream.newInstance(bytes));
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException(
                    "not an ONNX model (the protobuf encoding is broken: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new OnnxFormatException("cannot read the model: " + e.getMessage(), e);
        }
    }

    private static OnnxModel model(CodedInputStream in) throws IOException, OnnxFormatException {
        long irVersion = 0;
        String producer = "";
        String producerVersion = "";
        Map<String, Long> opsets = new LinkedHashMap<>();
        Graph graph = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> irVersion = in.readInt64();
                case 2 -> producer = in.readString();
                case 3 -> producerVersion = in.readString();
                case 7 -> graph = graph(Wire.embedded(in));
                case 8 -> opset(Wire.embedded(in), opsets);
                default -> in.skipField(tag);
            }
        }
        if (graph == null) {
            throw new OnnxFormatException("not an ONNX model: it has no graph");
        }
        return new OnnxModel(irVersion, (producer + " " + producerVersion).strip(), opsets, graph);
    }

    private static void opset(CodedInputStream in, Map<String, Long> opsets) throws IOException {
        String domain = "";
        long version = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> domain = in.readString();
                case 2 -> version = in.readInt64();
                default -> in.skipField(tag);
            }
        }
        opsets.put(domain.equals("ai.onnx") ? "" : domain, version);
    }

    private static Graph graph(CodedInputStream in) throws IOException, OnnxFormatException {
        List<Node> nodes = new ArrayList<>();
        Map<String, NdArray> initializers = new LinkedHashMap<>();
        List<ValueInfo> inputs = new ArrayList<>();
        List<ValueInfo> outputs = new ArrayList<>();
        Map<String, Long> unsupportedTypes = new LinkedHashMap<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            try {
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 1 -> nodes.add(node(Wire.embedded(in)));
                    case 5 -> {
                        TensorProtoReader.Named tensor = TensorProtoReader.read(Wire.embedded(in));
                        initializers.put(tensor.name(), tensor.value());
                    }
                    case 11 -> inputs.add(valueInfo(Wire.embedded(in), "graph input"));
                    case 12 -> outputs.add(valueInfo(Wire.embedded(in), "graph output"));
                    case 15 ->
                        throw new OnnxFormatException(
                                "the graph has sparse initializers, which the interpreter does not read");
                    default -> in.skipField(tag);
                }
            } catch (UnsupportedTypeException e) {
                unsupportedTypes.put(e.valueName(), e.typeCode());
            }
        }
        return new Graph(nodes, initializers, inputs, outputs, unsupportedTypes);
    }

    private static Node node(CodedInputStream in) throws IOException, OnnxFormatException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        String domain = "";
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> inputs.add(in.readString());
                case 2 -> outputs.add(in.readString());
                case 3 -> name = in.readString();
                case 4 -> opType = in.readString();
                case 5 -> attribute(Wire.embedded(in), attributes);
                case 7 -> domain = in.readString();
                default -> in.skipField(tag);
            }
        }
        return new Node(
                name, opType, domain.equals("ai.onnx") ? "" : domain, inputs, outputs, new Attributes(attributes));
    }

    private static void attribute(CodedInputStream in, Map<String, Attribute> attributes)
            throws IOException, OnnxFormatException {
        String name = "";
        int type = 0;
        float f = 0;
        long i = 0;
        String s = "";
        TensorProtoReader.Named t = null;
        Long unsupportedTensorType = null;
        List<Long> floats = new ArrayList<>();
        List<Long> ints = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> name = in.readString();
                case 2 -> f = in.readFloat();
                case 3 -> i = in.readInt64();
                case 4 -> s = in.readString();
                case 5 -> {
                    try {
                        t = TensorProtoReader.read(Wire.embedded(in));
                    } catch (UnsupportedTypeException e) {
                        unsupportedTensorType = e.typeCode();
                    }
                }
                case 7 -> Wire.fixed(in, tag, false, floats::add);
                case 8 -> Wire.varints(in, tag, ints::add);
                case 9 -> strings.add(in.readString());
                case 20 -> type = in.readEnum();
                default -> in.skipField(tag);
            }
        }
        float[] floatValues = new float[floats.size()];
        for (int k = 0; k < floatValues.length; k++) {
            floatValues[k] = Float.intBitsToFloat(floats.get(k).intValue());
        }
        Attribute value = switch (type) {
            case 1 -> new Attribute.FloatValue(f);
            case 2 -> new Attribute.IntValue(i);
            case 3 -> new Attribute.StringValue(s);
            case 4 ->
                unsupportedTensorType != null
                        ? new Attribute.UnsupportedTensor(unsupportedTensorType)
                        : new Attribute.TensorValue(t.value(), t.typeCode());
            case 6 -> new Attribute.Floats(floatValues);
            case 7 ->
                new Attribute.Ints(ints.stream().mapToLong(Long::longValue).toArray());
            case 8 -> new Attribute.Strings(strings);
            default -> new Attribute.Other(type);
        };
        if (type == 4 && t == null && unsupportedTensorType == null) {
            throw new OnnxFormatException("attribute '" + name + "' is a tensor without a value");
        }
        attributes.put(name, value);
    }

    /** @param kind {@code "graph input"} or {@code "graph output"}, for messages */
    private static ValueInfo valueInfo(CodedInputStream in, String kind) throws IOException, UnsupportedTypeException {
        String name = "";
        long elemType = 0;
        List<Long> shape = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> name = in.readString();
                case 2 -> elemType = tensorType(Wire.embedded(in), shape);
                default -> in.skipField(tag);
            }
        }
        long code = elemType;
        String valueName = name;
        ElementType type =
                OnnxTypes.elementType(code).orElseThrow(() -> new UnsupportedTypeException(kind, valueName, code));
        return new ValueInfo(name, type, shape);
    }

    /** Reads TypeProto, fills {@code shape} and returns the element type code (0 if not a tensor). */
    private static long tensorType(CodedInputStream typeProto, List<Long> shape) throws IOException {
        long elemType = 0;
        for (int tag = typeProto.readTag(); tag != 0; tag = typeProto.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) != 1) {
                typeProto.skipField(tag);
                continue;
            }
            CodedInputStream tensor = Wire.embedded(typeProto);
            for (int t = tensor.readTag(); t != 0; t = tensor.readTag()) {
                switch (WireFormat.getTagFieldNumber(t)) {
                    case 1 -> elemType = tensor.readInt32();
                    case 2 -> dims(Wire.embedded(tensor), shape);
                    default -> tensor.skipField(t);
                }
            }
        }
        return elemType;
    }

    private static void dims(CodedInputStream shapeProto, List<Long> shape) throws IOException {
        for (int tag = shapeProto.readTag(); tag != 0; tag = shapeProto.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) != 1) {
                shapeProto.skipField(tag);
                continue;
            }
            CodedInputStream dim = Wire.embedded(shapeProto);
            Long value = null;
            for (int t = dim.readTag(); t != 0; t = dim.readTag()) {
                if (WireFormat.getTagFieldNumber(t) == 1) {
                    value = dim.readInt64();
                } else {
                    dim.skipField(t);
                }
            }
            shape.add(value);
        }
    }
}
