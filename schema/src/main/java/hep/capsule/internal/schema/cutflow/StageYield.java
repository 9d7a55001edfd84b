package hep.capsule.internal.schema.cutflow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The yields of a stage: events after it and the sum of their weights. */
public record StageYield(long events, double weighted) {

    /** Exactly the same numbers: the same count and the same bits of the weighted sum. */
    public boolean sameAs(StageYield other) {
        return events == other.events && Double.doubleToLongBits(weighted) == Double.doubleToLongBits(other.weighted);
    }

    /**
     * The shortest decimal that reads back as exactly this double: what capsule.json records, the same on every Java
     * version (unlike {@link Double#toString}, whose digits changed in Java 19).
     */
    public static BigDecimal shortestDecimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a yield is a finite number, not " + value);
        }
        BigDecimal exact = new BigDecimal(value);
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /**
     * Whether a declared weighted yield agrees with a computed one to the digits it is written with: the computed value
     * lies within half a unit of the declared number's last digit (3.9 accepts 3.87, 3.8 does not).
     */
    public static boolean agreesToWrittenDigits(BigDecimal declared, double computed) {
        BigDecimal halfUnit = declared.ulp().divide(BigDecimal.valueOf(2));
        return new BigDecimal(computed).subtract(declared).abs().compareTo(halfUnit) <= 0;
    }

    /** A yield as a report shows it: the weighted sum with three significant digits at least, e.g. 3.87. */
    public static String readable(double weighted) {
        BigDecimal exact = new BigDecimal(weighted);
        if (weighted == Math.rint(weighted) && Math.abs(weighted) < 1e15) {
            return exact.toPlainString();
        }
        return exact.round(new MathContext(3, RoundingMode.HALF_EVEN)).toPlainString();
    }
}
