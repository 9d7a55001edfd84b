package hep.capsule.internal.archive.bag;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detached signature of {@link BagLayout#SIGNED_TAG_MANIFEST}: a tag file that no tag manifest lists (RFC 8493
 * section 2.2.1 allows that), so that signatures can be added without changing anything else. The first signature of
 * each format is {@code tagmanifest-sha512.txt.asc} or {@code tagmanifest-sha512.txt.p7s}; later ones of the same
 * format are numbered from 2: {@code tagmanifest-sha512.txt.2.asc}, {@code tagmanifest-sha512.txt.3.asc}, ...
 *
 * @param number 1 for the unnumbered first signature, 2 or more for later ones
 */
public record SignatureFile(SignatureFormat format, int number) {
    private static final Pattern NAME = Pattern.compile(
            Pattern.quote(BagLayout.SIGNED_TAG_MANIFEST) + "(?:\\.([2-9]|[1-9][0-9]{1,3}))?\\.(asc|p7s)");

    public SignatureFile {
        if (number < 1) {
            throw new IllegalArgumentException("signatures are numbered from 1, not " + number);
        }
    }

    public String bagPath() {
        return BagLayout.SIGNED_TAG_MANIFEST + (number == 1 ? "" : "." + number) + "." + format.suffix();
    }

    /** Where a time-stamp of this signature lies beside it: OpenPGP signatures only, CMS ones carry theirs inside. */
    public Optional<TimeStampFile> timeStampFile() {
        return format == SignatureFormat.OPENPGP ? Optional.of(new TimeStampFile(this)) : Optional.empty();
    }

    /** The signature file a bag path names, or empty when it names no signature. */
    public static Optional<SignatureFile> parse(String bagPath) {
        Matcher m = NAME.matcher(bagPath);
        if (!m.matches()) {
            return Optional.empty();
        }
        SignatureFormat format =
                m.group(2).equals(SignatureFormat.OPENPGP.suffix()) ? SignatureFormat.OPENPGP : SignatureFormat.CMS;
        return Optional.of(new SignatureFile(format, m.group(1) == null ? 1 : Integer.parseInt(m.group(1))));
    }

    /** The name for one more signature of this format, beside the bag files already there. */
    public static SignatureFile next(SignatureFormat format, Collection<String> bagPaths) {
        int number = 1;
        while (bagPaths.contains(new SignatureFile(format, number).bagPath())) {
            number++;
        }
        return new SignatureFile(format, number);
    }
}
