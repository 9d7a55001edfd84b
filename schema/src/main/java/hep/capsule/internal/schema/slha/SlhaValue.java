package hep.capsule.internal.schema.slha;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A value exactly as written in the card. It is usually a number (Fortran style, {@code E} or {@code D} exponent), but
 * may be text: program names in SPINFO, or the placeholder of a template.
 */
public record SlhaValue(String text) {

    /** Decimal numbers only: no hexadecimal, no NaN or Infinity, no Java type suffixes. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");

    public boolean isNumber() {
        return NUMBER.matcher(text).matches();
    }

    /** The number, or empty when the value is not one (see {@link #isNumber()}). */
    public OptionalDouble number() {
        return isNumber()
                ? OptionalDouble.of(Double.parseDouble(text.replace('d', 'e').replace('D', 'e')))
                : OptionalDouble.empty();
    }
}
