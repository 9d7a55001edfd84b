package hep.capsule.internal.runner.onnx;

/** Bytes that are not an ONNX model's protobuf encoding; the message says what is wrong. */
public final class MalformedOnnxException extends Exception {
    public MalformedOnnxException(String message) {
        super(message);
    }

    public MalformedOnnxException(String message, Throwable cause) {
        super(message, cause);
    }
}
