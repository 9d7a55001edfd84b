package hep.capsule.internal.interpreter.model;

import java.util.Map;

/**
 * What the interpreter reads from an ONNX {@code ModelProto}.
 *
 * @param irVersion the ONNX IR version
 * @param producer producer name and version, for messages
 * @param opsets the imported operator set versions by domain ({@code ""} is the default domain {@code ai.onnx})
 * @param graph the main graph
 */
public record OnnxModel(long irVersion, String producer, Map<String, Long> opsets, Graph graph) {
    public OnnxModel {
        opsets = Map.copyOf(opsets);
    }
}
