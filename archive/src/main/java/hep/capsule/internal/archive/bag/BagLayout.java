package hep.capsule.internal.archive.bag;

import java.util.List;

/** The fixed names of a capsule bag. Everything is relative to the bag's single top folder. */
public final class BagLayout {
    private BagLayout() {}

    public static final String BAGIT_TXT = "bagit.txt";
    public static final String BAG_INFO_TXT = "bag-info.txt";
    /** The canonical metadata, a tag file so that the tag manifests (and signatures) cover it. */
    public static final String CAPSULE_JSON = "capsule.json";
    /** How to check and use the capsule by hand, a tag file. */
    public static final String README_TXT = "README.txt";

    public static final String PAYLOAD_DIRECTORY = "data/";
    /** The plots drawn at packing: informative, covered by the manifests, never re-derived by verify. */
    public static final String PLOTS_DIRECTORY = "data/validation/plots/";

    public static final String BAGIT_VERSION = "1.0";

    /**
     * The BagIt profile (bagit-profiles specification) a capsule of archive format 1 follows, named in bag-info.txt of
     * every new capsule; the profile itself is docs/bagit-profile-capsule-1.json. Capsules packed before it was
     * introduced do not name it and stay valid.
     */
    public static final String BAGIT_PROFILE_IDENTIFIER = "urn:hep-capsule:bagit-profile:capsule-1";

    public static final List<DigestAlgorithm> ALGORITHMS = List.of(DigestAlgorithm.SHA256, DigestAlgorithm.SHA512);

    /** The file every signature signs: it covers the metadata and the payload manifests, which cover every file. */
    public static final String SIGNED_TAG_MANIFEST = "tagmanifest-sha512.txt";

    public static TagFile bagitDeclaration() {
        return new TagFile(List.of(
                new TagFile.Tag("BagIt-Version", BAGIT_VERSION),
                new TagFile.Tag("Tag-File-Character-Encoding", "UTF-8")));
    }

    public static boolean isPayload(String bagPath) {
        return bagPath.startsWith(PAYLOAD_DIRECTORY);
    }

    public static boolean isTagManifest(String bagPath) {
        return ALGORITHMS.stream().anyMatch(a -> ManifestKind.TAG.fileName(a).equals(bagPath));
    }
}
