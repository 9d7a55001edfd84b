package hep.capsule.runner;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Moves tensors between Capsule's little-endian bytes and onnxruntime, whose buffers are in the
 * machine's native order. Every platform onnxruntime's Java package ships for is little-endian,
 * which {@link OnnxRuntimeRunner#load} checks, so the bytes are copied unchanged.
 */
final class OrtTensors {

    private OrtTensors() {
    }

    static boolean nativeOrderIsLittleEndian() {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    }

    /** A new onnxruntime tensor holding a copy of the tensor's bytes; the caller closes it. */
    static OnnxTensor toOnnx(OrtEnvironment env, Tensor tensor) throws OrtException {
        ByteBuffer direct = ByteBuffer.allocateDirect(tensor.data().length).order(ByteOrder.nativeOrder());
        direct.put(tensor.data()).rewind();
        return OnnxTensor.createTensor(env, direct, tensor.shape(), OrtSignatures.onnxType(tensor.type()));
    }

    /** A copy of an onnxruntime tensor's bytes as a Capsule tensor. */
    static Tensor fromOnnx(OnnxTensor value, ElementType type) {
        ByteBuffer bytes = value.getByteBuffer();
        byte[] data = new byte[bytes.remaining()];
        bytes.get(data);
        return new Tensor(type, value.getInfo().getShape(), data);
    }
}
