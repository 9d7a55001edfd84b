package hep.capsule.internal.runner.ort;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The published models copied into src/test/resources/models (see NOTICE.md there). */
final class TestModels {

    static final String HH = "ANA-HIGP-2024-32_resDNN_model_even.onnx";
    static final String SUSY = "OneLeptonMultiJets2018_4jets.onnx";

    private TestModels() {}

    static byte[] bytes(String name) {
        try (InputStream in = TestModels.class.getResourceAsStream("/models/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /models/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OnnxRuntimeRunner load(String name) throws ModelExecutionException {
        return OnnxRuntimeRunner.load(bytes(name), name);
    }

    /** {@code rows} events of {@code width} float32 features: fixed, varied, roughly standardised values. */
    static Tensor events(int rows, int width) {
        ByteBuffer data = ByteBuffer.allocate(rows * width * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows * width; i++) {
            data.putFloat((float) Math.sin(0.7 * i + 0.3) * 1.5f);
        }
        return new Tensor(ElementType.FLOAT32, new long[] {rows, width}, data.array());
    }

    static float[] floats(Tensor tensor) {
        float[] values = new float[(int) tensor.elementCount()];
        tensor.buffer().asFloatBuffer().get(values);
        return values;
    }
}
