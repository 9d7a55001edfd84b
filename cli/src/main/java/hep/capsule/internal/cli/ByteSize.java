package hep.capsule.internal.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * A number of bytes as a user writes it: {@code 100000}, {@code 512K}, {@code 64M}, {@code 16G}, {@code 2T} (powers of
 * 1024; {@code GiB} too).
 */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
    private static final String UNITS = "KMGT";

    @Override
    public Long convert(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
        int unit = value.isEmpty() ? -1 : UNITS.indexOf(value.charAt(value.length() - 1));
        String digits = unit < 0 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits);
            long factor = 1L << (10 * (unit + 1));
            if (number < 1 || number > Long.MAX_VALUE / factor) {
                throw new NumberFormatException();
            }
            return number * factor;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a size; write a positive number of bytes,"
                            + " or one with a unit K, M, G or T (powers of 1024), e.g. 512M or 16G");
        }
    }
}
