package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** The corpus models copied into src/test/resources/models, inputs for them, and output comparison. */
final class TestData {
    static final String HH = "ANA-HIGP-2024-32_resDNN_model_even.onnx";
    static final String SUSY = "OneLeptonMultiJets2018_4jets.onnx";

    private TestData() {}

    static byte[] model(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/models/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /models/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rows} events of {@code width} float32 values, fixed and varied, roughly in [-3, 3]. */
    static Tensor events(int firstRow, int rows, int width) {
        ByteBuffer data = ByteBuffer.allocate(rows * width * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows * width; i++) {
            long k = (long) firstRow * width + i;
            data.putFloat((float) (Math.sin(0.7 * k + 0.3) * 1.5 + Math.cos(0.013 * k) * 1.5));
        }
        return new Tensor(ElementType.FLOAT32, new long[] {rows, width}, data.array());
    }

    static float[] floats(Tensor tensor) {
        float[] values = new float[(int) tensor.elementCount()];
        tensor.buffer().asFloatBuffer().get(values);
        return values;
    }

    /** The distance in units in the last place between two floats; 0 for two NaNs. */
    static long ulps(float a, float b) {
        if (Float.isNaN(a) || Float.isNaN(b)) {
            return Float.isNaN(a) && Float.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
    }

    /** Runs {@code rows} events of the model's single float input through a runner, {@code batch} at a time. */
    static float[] score(ModelRunner runner, int rows, int batch) throws ModelExecutionException {
        String input = runner.signature().inputs().get(0).name();
        int width = runner.signature().inputs().get(0).shape().get(1).intValue();
        String output = runner.signature().outputs().get(0).name();
        float[] scores = new float[rows];
        for (int first = 0; first < rows; first += batch) {
            int n = Math.min(batch, rows - first);
            Map<String, Tensor> feeds = new LinkedHashMap<>();
            feeds.put(input, events(first, n, width));
            float[] out = floats(runner.run(feeds).get(output));
            System.arraycopy(out, 0, scores, first, n);
        }
        return scores;
    }
}
