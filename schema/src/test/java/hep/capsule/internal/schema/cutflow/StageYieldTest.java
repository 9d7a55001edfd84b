package hep.capsule.internal.schema.cutflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StageYieldTest {

    @Test
    void aDeclaredWeightedYieldAgreesToTheDigitsItIsWrittenWith() {
        assertTrue(StageYield.agreesToWrittenDigits(new BigDecimal("3.9"), 3.87));
        assertFalse(StageYield.agreesToWrittenDigits(new BigDecimal("3.8"), 3.87));
        assertFalse(
                StageYield.agreesToWrittenDigits(new BigDecimal("3.90"), 3.87), "a trailing zero is a written digit");
        assertTrue(StageYield.agreesToWrittenDigits(new BigDecimal("3.87"), 3.8712));
        assertTrue(StageYield.agreesToWrittenDigits(new BigDecimal("310"), 310.4));
        assertFalse(StageYield.agreesToWrittenDigits(new BigDecimal("310"), 310.6));
    }

    @Test
    void theRecordedDecimalIsTheShortestThatReadsBackAsTheSameDouble() {
        assertEquals(
                "1.0932197007350624",
                StageYield.shortestDecimal(1.0932197007350624).toPlainString());
        assertEquals("0.1", StageYield.shortestDecimal(0.1).toPlainString());
        assertEquals("0", StageYield.shortestDecimal(0.0).toPlainString());
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-5, 8));
            assertEquals(value, StageYield.shortestDecimal(value).doubleValue(), "round trip of " + value);
        }
    }

    @Test
    void theReadableFormKeepsThreeSignificantDigits() {
        assertEquals("3.90", StageYield.readable(3.9));
        assertEquals("3.87", StageYield.readable(3.8712));
        assertEquals("310", StageYield.readable(310.0));
    }
}
