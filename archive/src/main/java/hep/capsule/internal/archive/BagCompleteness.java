package hep.capsule.internal.archive;

import hep.capsule.internal.archive.bag.BagFormatException;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.bag.Manifest;
import hep.capsule.internal.archive.bag.ManifestKind;
import hep.capsule.internal.archive.bag.PayloadOxum;
import hep.capsule.internal.archive.bag.TagFile;
import hep.capsule.internal.archive.bag.TimeStampFile;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.StoredFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a read archive is a complete, valid BagIt 1.0 bag: the declaration, both payload manifests and both tag
 * manifests present and parseable, every checksum of both algorithms matching, no file missing and none unlisted but
 * signatures and the time-stamps beside them, and a truthful Payload-Oxum.
 *
 * <p>When one algorithm's manifest disagrees with a file and the other algorithm's agrees, the manifest is blamed, not
 * the file: the report then names what was really changed.
 */
final class BagCompleteness {
    private final ArchiveContents archive;
    private final List<Finding> findings = new ArrayList<>();

    private BagCompleteness(ArchiveContents archive) {
        this.archive = archive;
    }

    /** @return every problem found; an empty list means the bag is complete and intact */
    static List<Finding> check(ArchiveContents archive) throws IOException {
        BagCompleteness check = new BagCompleteness(archive);
        check.run();
        return List.copyOf(check.findings);
    }

    private void run() throws IOException {
        checkDeclaration();
        for (ManifestKind kind : List.of(ManifestKind.TAG, ManifestKind.PAYLOAD)) {
            Map<DigestAlgorithm, Manifest> manifests = manifests(kind);
            if (manifests.size() == BagLayout.ALGORITHMS.size()) {
                compare(kind, manifests);
            }
        }
        checkOxum();
        checkTimeStampsHaveTheirSignature();
    }

    /** A time-stamp file is exempt from the tag manifests only beside the signature it time-stamps. */
    private void checkTimeStampsHaveTheirSignature() {
        for (StoredFile file : archive.files().values()) {
            Optional<TimeStampFile> timeStamp = TimeStampFile.parse(file.bagPath());
            if (timeStamp.isPresent()
                    && archive.file(timeStamp.get().signature().bagPath()).isEmpty()) {
                findings.add(new Finding(
                        FindingCode.TIME_STAMP_WITHOUT_SIGNATURE,
                        file.bagPath(),
                        "is a time-stamp of " + timeStamp.get().signature().bagPath()
                                + ", which is not in the archive: remove it, or put back its signature"));
            }
        }
    }

    private void checkDeclaration() throws IOException {
        Optional<StoredFile> bagit = archive.file(BagLayout.BAGIT_TXT);
        if (bagit.isEmpty()) {
            findings.add(new Finding(
                    FindingCode.BAGIT_TXT_MISSING, BagLayout.BAGIT_TXT, "is missing: this is not a BagIt bag"));
            return;
        }
        try {
            TagFile declaration = TagFile.parse(BagLayout.BAGIT_TXT, bagit.get().readAllBytes());
            if (!declaration.values("BagIt-Version").equals(List.of(BagLayout.BAGIT_VERSION))) {
                findings.add(new Finding(
                        FindingCode.BAGIT_DECLARATION_WRONG,
                        BagLayout.BAGIT_TXT,
                        "declares BagIt-Version " + declaration.values("BagIt-Version") + "; a capsule is a BagIt "
                                + BagLayout.BAGIT_VERSION + " bag"));
            }
            if (!declaration.values("Tag-File-Character-Encoding").equals(List.of("UTF-8"))) {
                findings.add(new Finding(
                        FindingCode.BAGIT_DECLARATION_WRONG,
                        BagLayout.BAGIT_TXT,
                        "must declare Tag-File-Character-Encoding: UTF-8"));
            }
        } catch (BagFormatException e) {
            findings.add(new Finding(FindingCode.TAG_FILE_MALFORMED, BagLayout.BAGIT_TXT, e.getMessage()));
        }
    }

    private Map<DigestAlgorithm, Manifest> manifests(ManifestKind kind) throws IOException {
        Map<DigestAlgorithm, Manifest> manifests = new EnumMap<>(DigestAlgorithm.class);
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            String name = kind.fileName(algorithm);
            Optional<StoredFile> file = archive.file(name);
            if (file.isEmpty()) {
                findings.add(new Finding(FindingCode.MANIFEST_MISSING, name, "is missing"));
                continue;
            }
            try {
                byte[] bytes = file.get().readAllBytes();
                Manifest manifest = Manifest.parse(algorithm, name, bytes);
                if (kind == ManifestKind.TAG && !java.util.Arrays.equals(bytes, manifest.toBytes())) {
                    findings.add(new Finding(
                            FindingCode.TAG_MANIFEST_NOT_CANONICAL,
                            name,
                            "is not written the way Capsule writes tag manifests (lowercase checksums, "
                                    + "two spaces, lines sorted, LF endings): nothing covers a tag "
                                    + "manifest's own bytes, so any change to them is refused"));
                    continue;
                }
                manifests.put(algorithm, manifest);
            } catch (BagFormatException e) {
                findings.add(new Finding(FindingCode.MANIFEST_MALFORMED, name, e.getMessage()));
            }
        }
        return manifests;
    }

    /** Compares the manifests of one kind, one per algorithm, with the files they must cover. */
    private void compare(ManifestKind kind, Map<DigestAlgorithm, Manifest> manifests) {
        for (Manifest manifest : manifests.values()) {
            String manifestName = kind.fileName(manifest.algorithm());
            for (String path : manifest.checksumsByPath().keySet()) {
                if (!kind.mayList(path)) {
                    findings.add(new Finding(
                            kind == ManifestKind.PAYLOAD
                                    ? FindingCode.PAYLOAD_MANIFEST_OUT_OF_SCOPE
                                    : FindingCode.TAG_MANIFEST_OUT_OF_SCOPE,
                            manifestName,
                            "lists \"" + path + "\", which it may not list"));
                } else if (archive.file(path).isEmpty()) {
                    findings.add(new Finding(
                            kind == ManifestKind.PAYLOAD
                                    ? FindingCode.LISTED_PAYLOAD_FILE_MISSING
                                    : FindingCode.LISTED_TAG_FILE_MISSING,
                            path,
                            "is listed in " + manifestName + " but missing from the archive"));
                }
            }
        }
        for (StoredFile file : archive.files().values()) {
            if (!kind.mustList(file.bagPath())) {
                continue;
            }
            List<DigestAlgorithm> disagreeing = new ArrayList<>();
            for (Manifest manifest : manifests.values()) {
                String listed = manifest.checksumsByPath().get(file.bagPath());
                if (listed == null) {
                    findings.add(new Finding(
                            kind == ManifestKind.PAYLOAD
                                    ? FindingCode.UNLISTED_PAYLOAD_FILE
                                    : FindingCode.UNLISTED_TAG_FILE,
                            file.bagPath(),
                            "is not listed in " + kind.fileName(manifest.algorithm())));
                } else if (!listed.equals(file.checksums().get(manifest.algorithm()))) {
                    disagreeing.add(manifest.algorithm());
                }
            }
            blame(kind, file, disagreeing);
        }
    }

    private void blame(ManifestKind kind, StoredFile file, List<DigestAlgorithm> disagreeing) {
        if (disagreeing.isEmpty()) {
            return;
        }
        if (disagreeing.size() == BagLayout.ALGORITHMS.size()) {
            findings.add(new Finding(
                    kind == ManifestKind.PAYLOAD
                            ? FindingCode.PAYLOAD_CHECKSUM_MISMATCH
                            : FindingCode.TAG_CHECKSUM_MISMATCH,
                    file.bagPath(),
                    "its content has changed: no checksum matches " + kind.fileName(disagreeing.get(0))
                            + " or its siblings"));
            return;
        }
        for (DigestAlgorithm algorithm : disagreeing) {
            findings.add(new Finding(
                    kind == ManifestKind.PAYLOAD
                            ? FindingCode.PAYLOAD_MANIFEST_ENTRY_WRONG
                            : FindingCode.TAG_MANIFEST_ENTRY_WRONG,
                    kind.fileName(algorithm),
                    "its " + algorithm.bagitName() + " checksum of \"" + file.bagPath()
                            + "\" is wrong, while the other algorithm's manifest matches the file"));
        }
    }

    private void checkOxum() throws IOException {
        Optional<StoredFile> bagInfo = archive.file(BagLayout.BAG_INFO_TXT);
        if (bagInfo.isEmpty()) {
            findings.add(new Finding(FindingCode.BAG_INFO_MISSING, BagLayout.BAG_INFO_TXT, "is missing"));
            return;
        }
        List<String> values;
        try {
            values = TagFile.parse(BagLayout.BAG_INFO_TXT, bagInfo.get().readAllBytes())
                    .values("Payload-Oxum");
        } catch (BagFormatException e) {
            findings.add(new Finding(FindingCode.TAG_FILE_MALFORMED, BagLayout.BAG_INFO_TXT, e.getMessage()));
            return;
        }
        try {
            if (values.size() != 1) {
                findings.add(new Finding(
                        FindingCode.PAYLOAD_OXUM_MISSING,
                        BagLayout.BAG_INFO_TXT,
                        "must have exactly one Payload-Oxum"));
                return;
            }
            PayloadOxum declared = PayloadOxum.parse(values.get(0));
            long octets = 0;
            long count = 0;
            for (StoredFile file : archive.files().values()) {
                if (BagLayout.isPayload(file.bagPath())) {
                    octets += file.size();
                    count++;
                }
            }
            PayloadOxum actual = new PayloadOxum(octets, count);
            if (!declared.equals(actual)) {
                findings.add(new Finding(
                        FindingCode.PAYLOAD_OXUM_MISMATCH,
                        BagLayout.BAG_INFO_TXT,
                        "Payload-Oxum says " + declared + " but the payload is " + actual + " (octets.files)"));
            }
        } catch (BagFormatException e) {
            findings.add(new Finding(FindingCode.PAYLOAD_OXUM_MALFORMED, BagLayout.BAG_INFO_TXT, e.getMessage()));
        }
    }
}
