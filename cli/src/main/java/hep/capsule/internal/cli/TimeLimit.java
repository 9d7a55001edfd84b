package hep.capsule.internal.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** A duration as a user writes it: {@code 90s}, {@code 10m}, {@code 2h}, or ISO-8601 such as {@code PT1H30M}. */
final class TimeLimit implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        try {
            Duration duration = Duration.parse(value.startsWith("P") ? value : "PT" + value);
            if (duration.isNegative() || duration.isZero()) {
                throw new DateTimeParseException("not positive", value, 0);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a duration; write e.g. 90s, 10m, 2h or PT1H30M");
        }
    }

    /** Why an archive has no verdict: its time ran out, and what was done about it. */
    static String exceeded(Duration timeout, String consequence) {
        return "no verdict within the time limit of "
                + timeout.toString().substring(2).toLowerCase(Locale.ROOT) + " (--timeout-per-archive); " + consequence;
    }
}
