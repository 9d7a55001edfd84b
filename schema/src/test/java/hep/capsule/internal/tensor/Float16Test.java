package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Float16Test {

    @Test
    void everyHalfWidensExactlyAndNarrowsBackToItself() {
        for (int h = 0; h < 1 << 16; h++) {
            float value = Float16.toFloat((short) h);
            if (Float.isNaN(value)) {
                assertTrue(Float.isNaN(Float16.toFloat(Float16.fromFloat(value))));
            } else {
                assertEquals((short) h, Float16.fromFloat(value), "half 0x" + Integer.toHexString(h));
            }
        }
    }

    @Test
    void knownValues() {
        assertEquals(1.0f, Float16.toFloat((short) 0x3c00));
        assertEquals(65504.0f, Float16.toFloat((short) 0x7bff));
        assertEquals(0x1p-24f, Float16.toFloat((short) 0x0001));
        assertEquals(-2.0f, Float16.toFloat((short) 0xc000));
        assertEquals(Float.POSITIVE_INFINITY, Float16.toFloat((short) 0x7c00));
        assertEquals((short) 0x7c00, Float16.fromFloat(65520.0f), "halfway to 2^16 rounds to infinity");
        assertEquals((short) 0x7bff, Float16.fromFloat(65519.0f));
        assertEquals((short) 0x0000, Float16.fromFloat(0x1p-25f), "halfway to the smallest subnormal rounds to even 0");
        assertEquals((short) 0x0001, Float16.fromFloat(0x1.000002p-25f));
        assertEquals((short) 0x8000, Float16.fromFloat(-0.0f));
    }

    @Test
    void tiesGoToEvenBetweenEveryPairOfNeighbours() {
        for (int h = 0; h < 0x7bff; h++) {
            float low = Float16.toFloat((short) h);
            float high = Float16.toFloat((short) (h + 1));
            float middle = (low + high) / 2; // exact: float has 13 more mantissa bits
            short even = (short) ((h & 1) == 0 ? h : h + 1);
            assertEquals(even, Float16.fromFloat(middle), "between 0x" + Integer.toHexString(h) + " and the next");
            assertEquals((short) h, Float16.fromFloat(Math.nextDown(middle)));
            assertEquals((short) (h + 1), Float16.fromFloat(Math.nextUp(middle)));
        }
    }
}
