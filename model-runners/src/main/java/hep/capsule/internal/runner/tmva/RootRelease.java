package hep.capsule.internal.runner.tmva;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ROOT release a TMVA file was trained with, as its GeneralInfo records it, for example {@code 6.04/14 [394254]}:
 * the text and ROOT's version code, {@code (major << 16) + (minor << 8) + patch}.
 */
record RootRelease(String text, int code) {

    /** Up to three digits each, so that the version code always fits in an int. */
    private static final Pattern RELEASE = Pattern.compile("\\s*(\\d{1,3})\\.(\\d{1,3})/(\\d{1,3}).*");

    static int code(int major, int minor, int patch) {
        return (major << 16) + (minor << 8) + patch;
    }

    /** Reads {@code major.minor/patch}; the bracketed code, when present, must be exactly its code. */
    static Optional<RootRelease> parse(String text) {
        Matcher m = RELEASE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int code = code(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        Matcher bracket = Pattern.compile("\\[(\\d+)]").matcher(text);
        if (bracket.find() && !bracket.group(1).equals(Integer.toString(code))) {
            return Optional.empty();
        }
        return Optional.of(new RootRelease(text.trim(), code));
    }
}
