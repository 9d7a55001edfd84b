package hep.capsule.internal.runner.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Moves tensors between Capsule's little-endian bytes and onnxruntime, whose buffers are in the machine's native order.
 * Every platform onnxruntime's Java package ships for is little-endian, which {@link OnnxRuntimeRunner#load} checks, so
 * the bytes are copied unchanged.
 */
final class OrtTensors {

    private OrtTensors() {}

    static boolean nativeOrderIsLittleEndian() {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    }

    /**
     * A new onnxruntime tensor holding a copy of the tensor's bytes, in {@code reusable} when it is large enough
     * (onnxruntime reads a direct buffer in place, so one buffer serves every batch as long as each tensor is closed
     * before the next is made); the caller closes it.
     *
     * @return the tensor, and the buffer it lives in, to pass again with the next batch
     */
    static Placed toOnnx(OrtEnvironment env, Tensor tensor, ByteBuffer reusable) throws OrtException {
        int length = tensor.data().length;
        ByteBuffer direct = reusable != null && reusable.capacity() >= length
                ? reusable
                : ByteBuffer.allocateDirect(length).order(ByteOrder.nativeOrder());
        direct.clear();
        direct.put(tensor.data()).flip();
        return new Placed(
                OnnxTensor.createTensor(
                        env,
                        direct.slice().order(ByteOrder.nativeOrder()),
                        tensor.shape(),
                        OrtSignatures.onnxType(tensor.type()).orElseThrow()),
                direct);
    }

    /** An onnxruntime tensor and the native buffer holding its bytes. */
    record Placed(OnnxTensor tensor, ByteBuffer buffer) {}

    /** A copy of an onnxruntime tensor's bytes as a Capsule tensor. */
    static Tensor fromOnnx(OnnxTensor value, ElementType type) {
        ByteBuffer bytes = value.getByteBuffer();
        byte[] data = new byte[bytes.remaining()];
        bytes.get(data);
        return new Tensor(type, value.getInfo().getShape(), data);
    }
}
