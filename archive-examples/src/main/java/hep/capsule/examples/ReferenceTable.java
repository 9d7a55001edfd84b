package hep.capsule.examples;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Events laid out as a float32 [events, features] tensor, little-endian, C order. */
record ReferenceTable(int features, float[] values) {

    static ReferenceTable draw(EventSource source, int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = source.featureCount();
        float[] values = new float[events * width];
        for (int event = 0; event < events; event++) {
            double[] row = source.nextEvent(random);
            for (int feature = 0; feature < width; feature++) {
                values[event * width + feature] = (float) row[feature];
            }
        }
        return new ReferenceTable(width, values);
    }

    /**
     * Applies one operator per feature to the float32 values widened to float64, and rounds each result once to
     * float32: the arithmetic the descriptor prescribes for normalisation.
     */
    ReferenceTable map(List<DoubleUnaryOperator> perFeature) {
        float[] mapped = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = (float) perFeature.get(i % features).applyAsDouble(values[i]);
        }
        return new ReferenceTable(features, mapped);
    }

    Tensor toTensor() {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return new Tensor(ElementType.FLOAT32, new long[] {values.length / features, features}, bytes.array());
    }
}
