package hep.capsule.runner;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import hep.capsule.tensor.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a {@link ModelSignature} from an onnxruntime session. */
final class OrtSignatures {

    private OrtSignatures() {
    }

    static ModelSignature of(OrtSession session, String modelLabel) throws OrtException, ModelExecutionException {
        return new ModelSignature(specs(session.getInputInfo(), "input", modelLabel),
                specs(session.getOutputInfo(), "output", modelLabel));
    }

    /** The element type Capsule uses for an onnxruntime type, if it supports it. */
    static ElementType elementType(OnnxJavaType type, String what, String modelLabel) throws ModelExecutionException {
        return switch (type) {
            case FLOAT -> ElementType.FLOAT32;
            case DOUBLE -> ElementType.FLOAT64;
            case INT32 -> ElementType.INT32;
            case INT64 -> ElementType.INT64;
            case BOOL -> ElementType.BOOL;
            default -> throw new ModelExecutionException(modelLabel + ": " + what + " has element type "
                    + type + "; Capsule supports float32, float64, int32, int64 and bool");
        };
    }

    /** The onnxruntime type of a Capsule element type. */
    static OnnxJavaType onnxType(ElementType type) {
        return switch (type) {
            case FLOAT32 -> OnnxJavaType.FLOAT;
            case FLOAT64 -> OnnxJavaType.DOUBLE;
            case INT32 -> OnnxJavaType.INT32;
            case INT64 -> OnnxJavaType.INT64;
            case BOOL -> OnnxJavaType.BOOL;
        };
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
            specs.add(new TensorSpec(node.getName(), elementType(info.type, what, modelLabel), shape));
        }
        return specs;
    }
}
