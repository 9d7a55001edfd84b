package hep.capsule.internal.runner.ort;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@link ModelSignature} from an onnxruntime session. */
final class OrtSignatures {

    private OrtSignatures() {}

    static ModelSignature of(OrtSession session, String modelLabel) throws OrtException, ModelExecutionException {
        return new ModelSignature(
                specs(session.getInputInfo(), "input", modelLabel),
                specs(session.getOutputInfo(), "output", modelLabel));
    }

    /**
     * The element type Capsule uses for an onnxruntime tensor type. onnxruntime's Java type alone cannot tell uint16,
     * uint32 and uint64 from int16, int32 and int64, so the ONNX type decides.
     */
    static ElementType elementType(TensorInfo.OnnxTensorType type, String what, String modelLabel)
            throws ModelExecutionException {
        return switch (type) {
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16 -> ElementType.FLOAT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT -> ElementType.FLOAT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE -> ElementType.FLOAT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8 -> ElementType.INT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT16 -> ElementType.INT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32 -> ElementType.INT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64 -> ElementType.INT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8 -> ElementType.UINT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT16 -> ElementType.UINT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT32 -> ElementType.UINT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT64 -> ElementType.UINT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL -> ElementType.BOOL;
            default ->
                throw new ModelExecutionException(modelLabel + ": " + what + " has element type "
                        + type.name().replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "") + ": "
                        + ElementType.refusal(type.name().replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "")));
        };
    }

    /**
     * The onnxruntime type of a Capsule element type, for an input tensor. onnxruntime's Java API makes no uint16,
     * uint32 or uint64 tensors: those are empty (refused when the model loads).
     */
    static Optional<OnnxJavaType> onnxType(ElementType type) {
        return Optional.ofNullable(
                switch (type) {
                    case FLOAT16 -> OnnxJavaType.FLOAT16;
                    case FLOAT32 -> OnnxJavaType.FLOAT;
                    case FLOAT64 -> OnnxJavaType.DOUBLE;
                    case INT8 -> OnnxJavaType.INT8;
                    case INT16 -> OnnxJavaType.INT16;
                    case INT32 -> OnnxJavaType.INT32;
                    case INT64 -> OnnxJavaType.INT64;
                    case UINT8 -> OnnxJavaType.UINT8;
                    case BOOL -> OnnxJavaType.BOOL;
                    case UINT16, UINT32, UINT64 -> null;
                });
    }

    private static List<TensorSpec> specs(Map<String, NodeInfo> nodes, String kind, String modelLabel)
            throws ModelExecutionException {
        List<TensorSpec> specs = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            String what = kind + " '" + node.getName() + "'";
            if (!(node.getInfo() instanceof TensorInfo info)) {
                throw new ModelExecutionException(modelLabel + ": " + what + " is a " + node.getInfo()
                        + ", not a tensor; Capsule runs models whose inputs and outputs are tensors");
            }
            List<Long> shape = new ArrayList<>();
            for (long dim : info.getShape()) {
                shape.add(dim < 0 ? null : dim);
            }
            ElementType type = elementType(info.onnxType, what, modelLabel);
            if (kind.equals("input") && onnxType(type).isEmpty()) {
                throw new ModelExecutionException(modelLabel + ": " + what + " has element type "
                        + type.descriptorName()
                        + ", which onnxruntime's Java API cannot make tensors of (it has no unsigned types "
                        + "wider than 8 bits);"
                        + " Capsule reads " + type.descriptorName() + " outputs, but cannot feed such an input");
            }
            specs.add(new TensorSpec(node.getName(), type, shape));
        }
        return specs;
    }
}
