package hep.capsule.internal.interpreter.array;

/**
 * An operator was given operands or attributes it cannot work with (shapes that do not broadcast, an axis out of range,
 * a missing attribute). The executor adds the model, node, operator and opset to the message.
 */
public class InvalidOperandException extends RuntimeException {
    public InvalidOperandException(String message) {
        super(message);
    }
}
