package hep.capsule.internal.tensor;

/**
 * IEEE 754 binary16 ("half", numpy's float16) conversions, for Java 17, which lacks {@code Float.float16ToFloat}.
 * Narrowing rounds to nearest, ties to even, as numpy and the hardware conversion instructions do; NaN stays NaN
 * (quiet, sign and top payload bits kept).
 */
public final class Float16 {

    private Float16() {}

    /** The value of the binary16 bits {@code bits}: exact, every binary16 value is a float. */
    public static float toFloat(short bits) {
        int h = bits & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            // Zero or subnormal: mantissa * 2^-24, exact in float.
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }

    /** The binary16 nearest to {@code value} (ties to even); beyond the largest finite, infinity. */
    public static short fromFloat(float value) {
        int f = Float.floatToRawIntBits(value);
        int sign = (f >>> 16) & 0x8000;
        int exponent = (f >>> 23) & 0xff;
        int mantissa = f & 0x7fffff;
        if (exponent == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa == 0 ? 0 : 0x200 | (mantissa >>> 13)));
        }
        int unbiased = exponent - 127;
        if (unbiased > 15) {
            return (short) (sign | 0x7c00);
        }
        if (unbiased >= -14) {
            // Normal range: keep 10 mantissa bits, round the 13 dropped ones; a carry may reach infinity.
            int half = ((unbiased + 15) << 10) | (mantissa >>> 13);
            return (short) (sign | roundDropped(half, mantissa & 0x1fff, 13));
        }
        if (unbiased < -25) {
            return (short) sign;
        }
        // Subnormal result: the full significand (with its implicit 1) shifted right.
        int significand = mantissa | 0x800000;
        int shift = -unbiased - 14 + 13;
        int kept = significand >>> shift;
        return (short) (sign | roundDropped(kept, significand & ((1 << shift) - 1), shift));
    }

    /** {@code kept} rounded by the {@code width} bits {@code dropped} that were cut off: to nearest, ties to even. */
    private static int roundDropped(int kept, int dropped, int width) {
        int halfway = 1 << (width - 1);
        if (dropped > halfway || (dropped == halfway && (kept & 1) != 0)) {
            return kept + 1;
        }
        return kept;
    }

    /** {@code value} rounded to the nearest binary16, as a float. */
    public static float round(float value) {
        return toFloat(fromFloat(value));
    }
}
