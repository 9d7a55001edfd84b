package hep.capsule.internal.interpreter.model;

/** The bytes are not an ONNX model the interpreter can read; the message says what is wrong. */
public class OnnxFormatException extends Exception {
    public OnnxFormatException(String message) {
        super(message);
    }

    public OnnxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
