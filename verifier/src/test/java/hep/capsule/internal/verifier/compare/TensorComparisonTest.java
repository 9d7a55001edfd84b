package hep.capsule.internal.verifier.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TensorComparisonTest {
    private static final Cut ABOVE_HALF = new Cut("wp", "output > 0.5", v -> v > 0.5);

    private static Tensor float32(float... values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return new Tensor(ElementType.FLOAT32, new long[] {values.length, 1}, bytes.array());
    }

    private static Tensor float64(double... values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            bytes.putDouble(value);
        }
        return new Tensor(ElementType.FLOAT64, new long[] {values.length}, bytes.array());
    }

    @Test
    void identicalBatchesAreBitExactAndChangeNoDecision() {
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT32, List.of(ABOVE_HALF));
        comparison.add(float32(0.1f, 0.9f, Float.NaN), float32(0.1f, 0.9f, Float.NaN));
        comparison.add(float32(0.5f), float32(0.5f));
        ComparisonResult result = comparison.result();
        assertEquals(4, result.elements());
        assertEquals(4, result.bitIdentical());
        assertTrue(result.isBitExact());
        assertFalse(result.anyCutChanged());
        assertNull(result.firstDifference());
        assertEquals(-1, result.cutChanges().get(0).firstChangedIndex());
    }

    @Test
    void differencesAreMeasuredInUlpAndAbsoluteAtTheirIndexAcrossBatches() {
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT32, List.of(ABOVE_HALF));
        comparison.add(float32(0.2f, 0.3f), float32(0.2f, 0.3f));
        // element 3 is 2 ULP up, element 4 crosses the cut by 1 ULP, element 5 is 0.25 off
        comparison.add(
                float32(0.7f, 0.1f, 0.5f, 2.0f),
                float32(0.7f, Math.nextUp(Math.nextUp(0.1f)), Math.nextUp(0.5f), 2.25f));
        ComparisonResult result = comparison.result();
        assertEquals(6, result.elements());
        assertEquals(3, result.bitIdentical());
        assertFalse(result.isBitExact());
        assertEquals(3, result.firstDifference().index());
        assertEquals(0.1f, result.firstDifference().stored());
        assertEquals(5, result.largestDifference().index());
        assertEquals(0.25, result.maxAbsolute());
        assertEquals(UlpDistance.between(2.0f, 2.25f), result.maxUlp());
        assertEquals(1, result.cutChanges().get(0).changedDecisions());
        assertEquals(4, result.cutChanges().get(0).firstChangedIndex());
        assertTrue(result.anyCutChanged());
    }

    @Test
    void signedZerosDifferInBitsButNotInValue() {
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT64, List.of());
        comparison.add(float64(0.0, 1.0), float64(-0.0, 1.0));
        ComparisonResult result = comparison.result();
        assertEquals(1, result.bitIdentical());
        assertEquals(0, result.maxUlp());
        assertEquals(0.0, result.maxAbsolute());
        assertEquals(0, result.firstDifference().index());
    }

    @Test
    void aNanOnOneSideIsCountedNotMeasured() {
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT32, List.of(ABOVE_HALF));
        comparison.add(float32(0.9f, 0.4f), float32(Float.NaN, 0.4f));
        ComparisonResult result = comparison.result();
        assertEquals(1, result.nanMismatches());
        assertEquals(0, result.maxUlp());
        assertNull(result.largestDifference());
        assertEquals(1, result.cutChanges().get(0).changedDecisions(), "NaN > 0.5 is false, 0.9 > 0.5 is true");
    }

    @Test
    void agreesWithAnElementByElementCountOnRandomData() {
        SplittableRandom random = new SplittableRandom(20261123);
        float[] stored = new float[10_000];
        float[] recomputed = new float[stored.length];
        long differing = 0;
        long changed = 0;
        long maxUlp = 0;
        for (int i = 0; i < stored.length; i++) {
            stored[i] = (float) random.nextDouble();
            recomputed[i] = stored[i];
            for (int step = random.nextInt(4); step > 0; step--) {
                recomputed[i] = Math.nextUp(recomputed[i]);
            }
            if (Float.floatToRawIntBits(stored[i]) != Float.floatToRawIntBits(recomputed[i])) {
                differing++;
                maxUlp = Math.max(maxUlp, UlpDistance.between(stored[i], recomputed[i]));
            }
            if ((stored[i] > 0.5) != (recomputed[i] > 0.5)) {
                changed++;
            }
        }
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT32, List.of(ABOVE_HALF));
        for (int from = 0; from < stored.length; from += 1024) {
            int to = Math.min(stored.length, from + 1024);
            comparison.add(
                    float32(Arrays.copyOfRange(stored, from, to)), float32(Arrays.copyOfRange(recomputed, from, to)));
        }
        ComparisonResult result = comparison.result();
        assertEquals(stored.length - differing, result.bitIdentical());
        assertEquals(maxUlp, result.maxUlp());
        assertEquals(changed, result.cutChanges().get(0).changedDecisions());
    }

    @Test
    void tensorsOfDifferentShapesAreRefused() {
        TensorComparison comparison = new TensorComparison(ElementType.FLOAT32, List.of());
        assertThrows(IllegalArgumentException.class, () -> comparison.add(float32(1f, 2f), float32(1f)));
    }
}
