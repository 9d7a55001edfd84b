package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.model.Node;
import hep.capsule.internal.interpreter.ops.Operator;

/**
 * One node of the plan with its resolved implementation.
 *
 * @param opset the version of the node's operator set the model imports
 */
public record Step(Node node, Operator operator, long opset) {

    /** For example {@code Softmax, ai.onnx opset 13}. */
    public String describeOperator() {
        return describe(node, opset);
    }

    static String describe(Node node, long opset) {
        return node.opType() + ", " + (node.domain().isEmpty() ? "ai.onnx" : node.domain()) + " opset " + opset;
    }
}
