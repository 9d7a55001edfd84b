package hep.capsule.internal.archive.bag;

import java.util.Optional;

/**
 * The RFC 3161 time-stamp of an OpenPGP signature file, stored beside it as {@code <signature file>.tsr} (e.g.
 * {@code tagmanifest-sha512.txt.asc.tsr}): a DER TimeStampToken whose message imprint is the SHA-512 of the signature
 * file's bytes as stored, so that {@code openssl ts -verify -in X.asc.tsr -token_in -data X.asc} checks it. Like
 * signatures it is a tag file no tag manifest lists. CMS signatures carry their time-stamp inside, so they have none.
 *
 * @param signature the OpenPGP signature file the token time-stamps
 */
public record TimeStampFile(SignatureFile signature) {
    private static final String SUFFIX = ".tsr";

    public TimeStampFile {
        if (signature.format() != SignatureFormat.OPENPGP) {
            throw new IllegalArgumentException(
                    "only OpenPGP signatures have their time-stamp beside them, not " + signature.bagPath());
        }
    }

    public String bagPath() {
        return signature.bagPath() + SUFFIX;
    }

    /** The time-stamp file a bag path names, or empty when it names none. */
    public static Optional<TimeStampFile> parse(String bagPath) {
        if (!bagPath.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        return SignatureFile.parse(bagPath.substring(0, bagPath.length() - SUFFIX.length()))
                .flatMap(SignatureFile::timeStampFile);
    }
}
