package hep.capsule.internal.archive.bag;

/** The two kinds of BagIt manifest: which file names they have and which files they cover. */
public enum ManifestKind {
    /** {@code manifest-ALG.txt}: every file under {@code data/}. */
    PAYLOAD("manifest-"),
    /**
     * {@code tagmanifest-ALG.txt}: every file outside {@code data/} but the tag manifests, their signatures and the
     * signatures' time-stamps.
     */
    TAG("tagmanifest-");

    private final String prefix;

    ManifestKind(String prefix) {
        this.prefix = prefix;
    }

    public String fileName(DigestAlgorithm algorithm) {
        return prefix + algorithm.bagitName() + ".txt";
    }

    public boolean mayList(String bagPath) {
        return this == PAYLOAD ? BagLayout.isPayload(bagPath) : !BagLayout.isPayload(bagPath);
    }

    /**
     * Whether a file present in a bag must be listed in this kind of manifest. A time-stamp file is exempt by its name;
     * that its signature is there too is checked with the whole bag in view.
     */
    public boolean mustList(String bagPath) {
        return mayList(bagPath)
                && !(this == TAG
                        && (BagLayout.isTagManifest(bagPath)
                                || SignatureFile.parse(bagPath).isPresent()
                                || TimeStampFile.parse(bagPath).isPresent()));
    }
}
