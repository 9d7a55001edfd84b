package hep.capsule.examples;

import hep.capsule.internal.archive.bag.BagDigests;
import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.bag.Manifest;
import hep.capsule.internal.archive.bag.ManifestKind;
import hep.capsule.internal.archive.tar.ArchiveSettings;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.archive.tar.DeterministicTar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Test-only: opens a capsule archive into memory, lets a test change files, and writes it back, either as it is (a
 * tampered archive whose checksums no longer match) or resealed with new manifests (an archive whose checksums match
 * but whose content says something else).
 */
final class BagSurgery {
    final String topFolder;
    final Map<String, byte[]> files;

    private BagSurgery(String topFolder, Map<String, byte[]> files) {
        this.topFolder = topFolder;
        this.files = files;
    }

    static BagSurgery open(Path archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        String top = null;
        try (InputStream in = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName();
                top = name.substring(0, name.indexOf('/'));
                if (!entry.isDirectory()) {
                    files.put(name.substring(top.length() + 1), tar.readAllBytes());
                }
            }
        }
        return new BagSurgery(top, files);
    }

    BagSurgery copy() {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((k, v) -> copy.put(k, v.clone()));
        return new BagSurgery(topFolder, copy);
    }

    /** Recomputes the Payload-Oxum and every manifest, so that the bag describes the changed files truthfully. */
    BagSurgery reseal() {
        long octets = 0;
        long count = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (BagLayout.isPayload(file.getKey())) {
                octets += file.getValue().length;
                count++;
            }
        }
        String bagInfo = new String(files.get(BagLayout.BAG_INFO_TXT), java.nio.charset.StandardCharsets.UTF_8);
        files.put(
                BagLayout.BAG_INFO_TXT,
                bagInfo.replaceAll("Payload-Oxum: \\d+\\.\\d+", "Payload-Oxum: " + octets + "." + count)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (ManifestKind kind : List.of(ManifestKind.PAYLOAD, ManifestKind.TAG)) {
            for (DigestAlgorithm algorithm : BagLayout.ALGORITHMS) {
                Map<String, String> checksums = new LinkedHashMap<>();
                files.forEach((path, bytes) -> {
                    if (kind.mustList(path)) {
                        checksums.put(path, BagDigests.of(bytes).get(algorithm));
                    }
                });
                files.put(kind.fileName(algorithm), new Manifest(algorithm, checksums).toBytes());
            }
        }
        return this;
    }

    void write(Path archive) throws IOException {
        write(archive, Compression.DEFAULT);
    }

    void write(Path archive, Compression compression) throws IOException {
        List<BagFile> bag = new ArrayList<>();
        files.forEach((path, bytes) -> bag.add(BagFile.of(path, bytes)));
        try (OutputStream out = Files.newOutputStream(archive)) {
            DeterministicTar.write(
                    topFolder, bag, new ArchiveSettings(Instant.parse("2026-01-01T00:00:00Z"), compression), out);
        }
    }
}
