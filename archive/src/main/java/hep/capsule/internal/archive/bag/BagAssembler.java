package hep.capsule.internal.archive.bag;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a bag: from its payload and its own tag files (capsule.json, README.txt) it makes bagit.txt, bag-info.txt
 * and the payload and tag manifests of every algorithm.
 */
public final class BagAssembler {
    private BagAssembler() {}

    public static List<BagFile> assemble(BagInfo info, List<BagFile> payload, List<BagFile> ownTagFiles)
            throws IOException {
        requireDistinct(payload, ownTagFiles);
        Map<DigestAlgorithm, Map<String, String>> payloadChecksums = checksums(payload);
        long octets = 0;
        for (BagFile file : payload) {
            octets += file.content().size();
        }
        List<BagFile> tagFiles = new ArrayList<>();
        tagFiles.add(
                BagFile.of(BagLayout.BAGIT_TXT, BagLayout.bagitDeclaration().toBytes()));
        tagFiles.add(BagFile.of(
                BagLayout.BAG_INFO_TXT,
                info.toTagFile(new PayloadOxum(octets, payload.size())).toBytes()));
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            tagFiles.add(BagFile.of(
                    ManifestKind.PAYLOAD.fileName(algorithm),
                    new Manifest(algorithm, payloadChecksums.get(algorithm)).toBytes()));
        }
        tagFiles.addAll(ownTagFiles);
        Map<DigestAlgorithm, Map<String, String>> tagChecksums = checksums(tagFiles);

        List<BagFile> bag = new ArrayList<>(payload);
        bag.addAll(tagFiles);
        for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
            bag.add(BagFile.of(
                    ManifestKind.TAG.fileName(algorithm),
                    new Manifest(algorithm, tagChecksums.get(algorithm)).toBytes()));
        }
        return bag;
    }

    /** Reads every file once; each algorithm digests on a thread of its own while the next bytes are read. */
    private static Map<DigestAlgorithm, Map<String, String>> checksums(List<BagFile> files) throws IOException {
        List<ParallelDigests.FileChecksums> pending = new ArrayList<>();
        try (ParallelDigests digests = new ParallelDigests()) {
            for (BagFile file : files) {
                try (InputStream in = file.content().open()) {
                    pending.add(digests.digest(in));
                }
            }
        }
        Map<DigestAlgorithm, Map<String, String>> byAlgorithm = new EnumMap<>(DigestAlgorithm.class);
        BagLayout.ALGORITHMS.forEach(a -> byAlgorithm.put(a, new LinkedHashMap<>()));
        for (int i = 0; i < files.size(); i++) {
            String bagPath = files.get(i).bagPath();
            pending.get(i)
                    .get()
                    .forEach((algorithm, hex) -> byAlgorithm.get(algorithm).put(bagPath, hex));
        }
        return byAlgorithm;
    }

    private static void requireDistinct(List<BagFile> payload, List<BagFile> ownTagFiles) {
        Set<String> seen = new HashSet<>();
        for (BagFile file : payload) {
            if (!BagLayout.isPayload(file.bagPath())) {
                throw new IllegalArgumentException("payload file outside data/: " + file.bagPath());
            }
            if (!seen.add(file.bagPath())) {
                throw new IllegalArgumentException("two files would be stored as " + file.bagPath());
            }
        }
        for (BagFile file : ownTagFiles) {
            if (BagLayout.isPayload(file.bagPath()) || !seen.add(file.bagPath())) {
                throw new IllegalArgumentException("tag file clashes with another file: " + file.bagPath());
            }
        }
    }
}
