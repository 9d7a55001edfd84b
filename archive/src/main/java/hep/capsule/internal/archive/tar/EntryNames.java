package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.FindingCode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a tar entry name must follow before anything else is done with it: relative, '/'-separated, inside one top
 * folder, with no way to name a place outside it.
 */
final class EntryNames {
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private EntryNames() {}

    /**
     * @return the name without a trailing '/', split into its segments
     * @throws InvalidArchiveException naming the entry and the rule it breaks
     */
    static String[] segments(String name) throws InvalidArchiveException {
        if (name.isEmpty()) {
            throw new InvalidArchiveException(
                    FindingCode.UNSAFE_ENTRY_NAME, "(an entry with an empty name)", "entry names may not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new InvalidArchiveException(
                    FindingCode.UNSAFE_ENTRY_NAME, printable(name), "entry names may not contain NUL");
        }
        if (name.startsWith("/")) {
            throw new InvalidArchiveException(
                    FindingCode.UNSAFE_ENTRY_NAME, printable(name), "absolute paths are not allowed");
        }
        if (name.indexOf('\\') >= 0) {
            throw new InvalidArchiveException(
                    FindingCode.UNSAFE_ENTRY_NAME, printable(name), "backslashes are not allowed in entry names");
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            throw new InvalidArchiveException(
                    FindingCode.UNSAFE_ENTRY_NAME, printable(name), "Windows drive letters are not allowed");
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        String[] segments = trimmed.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidArchiveException(
                        FindingCode.UNSAFE_ENTRY_NAME,
                        printable(name),
                        "\"" + segment + "\" segments are not allowed (path traversal)");
            }
            String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
            if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
                throw new InvalidArchiveException(
                        FindingCode.UNSAFE_ENTRY_NAME,
                        printable(name),
                        "\"" + segment + "\" is a reserved device name on Windows");
            }
        }
        return segments;
    }

    /** The key under which two names collide on case-insensitive or Unicode-normalising file systems. */
    static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
