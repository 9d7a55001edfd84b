package hep.capsule.internal.cli;

import java.util.Locale;

/** Sizes, counts and durations written for people: 1.4 GB, 3.2 M, 2 min 05 s. */
final class Quantities {
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P"};

    private Quantities() {}

    /** e.g. {@code 512 B}, {@code 1.4 GB} (powers of 1000). */
    static String bytes(long bytes) {
        return scaled(bytes) + "B";
    }

    /** e.g. {@code 512}, {@code 3.2 M}. */
    static String count(long count) {
        return scaled(count).strip();
    }

    private static String scaled(long value) {
        if (value < 1000) {
            return value + " ";
        }
        double scaled = value;
        int prefix = 0;
        while (scaled >= 1000 && prefix < PREFIXES.length - 1) {
            scaled /= 1000;
            prefix++;
        }
        return String.format(Locale.ROOT, "%.1f %s", scaled, PREFIXES[prefix]);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60
                ? s + " s"
                : s < 3600
                        ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                        : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
