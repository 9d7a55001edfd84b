package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;

/**
 * The registry entry for an operator that a newer version of its operator set no longer contains: a model importing
 * that version is refused, naming the replacement, rather than run with the old operator's semantics.
 */
final class Removed {

    private Removed() {}

    /**
     * @param domain the operator set, for the message
     * @param opset the first version without the operator
     * @param replacement what that version offers instead
     */
    static OperatorFactory from(String domain, long opset, String replacement) {
        return attributes -> {
            throw new InvalidOperandException(domain + " opset " + opset + " removed this operator in favour of "
                    + replacement + " (onnxruntime refuses the old operator at that opset too); export the model with "
                    + replacement + ", or with " + domain + " opset " + (opset - 1) + " or lower");
        };
    }
}
