package hep.capsule.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Decimal numbers of capsule.yaml and capsule.json, bounded so that no number is slow to parse or to convert: at most
 * {@value #MAX_LENGTH} characters, and a scale (the power of ten) within &plusmn;{@value #MAX_SCALE}, far beyond what
 * float64 can hold.
 */
final class DescriptorNumbers {
    static final int MAX_LENGTH = 1000;
    static final int MAX_SCALE = 1000;

    private DescriptorNumbers() {}

    /** The number, or empty when it is too long or its exponent too large. */
    static Optional<BigDecimal> decimal(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            return Math.abs((long) value.scale()) <= MAX_SCALE ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException exponentBeyondInt) {
            return Optional.empty();
        }
    }

    /** The integer, or empty when it is too long (parsing a huge integer takes time quadratic in its length). */
    static Optional<BigInteger> integer(String text) {
        return text.length() > MAX_LENGTH ? Optional.empty() : Optional.of(new BigInteger(text));
    }

    /** What a refused number was expected to be. */
    static String refusal(String text) {
        return "the number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                + " is out of range: a number may have at most " + MAX_LENGTH
                + " characters and a power of ten between -" + MAX_SCALE + " and " + MAX_SCALE;
    }
}
