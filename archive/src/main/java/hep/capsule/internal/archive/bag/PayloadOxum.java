package hep.capsule.internal.archive.bag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bag-info Payload-Oxum: total payload octets and file count, e.g. {@code 279336.5}. */
public record PayloadOxum(long octets, long fileCount) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

    @Override
    public String toString() {
        return octets + "." + fileCount;
    }

    public static PayloadOxum parse(String value) throws BagFormatException {
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            throw new BagFormatException("Payload-Oxum \"" + value + "\" is not OCTETS.FILES");
        }
        return new PayloadOxum(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}
