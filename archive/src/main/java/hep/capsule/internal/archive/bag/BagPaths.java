package hep.capsule.internal.archive.bag;

/**
 * How a relative path inside a bag is written in a manifest (RFC 8493 section 2.1.3): only CR, LF and {@code %} are
 * percent-encoded; everything else, '/' included, stays as it is.
 */
public final class BagPaths {
    private BagPaths() {}

    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a decoded manifest path is relative and cannot name anything outside the bag. */
    public static boolean staysInside(String path) {
        if (path.isEmpty()
                || path.startsWith("/")
                || path.indexOf('\\') >= 0
                || path.indexOf('\0') >= 0
                || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The inverse of {@link #encode}. Any other percent sequence (such as {@code %2F} or {@code %2E}) is refused: RFC
     * 8493 never produces one, so it can only be a trick.
     */
    public static String decode(String encoded) throws BagFormatException {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            String escape = encoded.length() >= i + 3
                    ? encoded.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT)
                    : encoded.substring(i);
            switch (escape) {
                case "%25" -> out.append('%');
                case "%0D" -> out.append('\r');
                case "%0A" -> out.append('\n');
                default ->
                    throw new BagFormatException("the path \"" + encoded + "\" contains the escape \"" + escape
                            + "\"; BagIt only escapes %, CR and LF");
            }
            i += 2;
        }
        return out.toString();
    }
}
