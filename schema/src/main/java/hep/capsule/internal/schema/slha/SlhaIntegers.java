package hep.capsule.internal.schema.slha;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Indices, PDG codes and daughter counts: decimal integers that fit in 32 bits. */
final class SlhaIntegers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");

    private SlhaIntegers() {}

    static boolean looksLikeInteger(String word) {
        return INTEGER.matcher(word).matches();
    }

    static OptionalInt parse(String word) {
        if (!looksLikeInteger(word)) {
            return OptionalInt.empty();
        }
        long value = Long.parseLong(word);
        return value == (int) value ? OptionalInt.of((int) value) : OptionalInt.empty();
    }
}
