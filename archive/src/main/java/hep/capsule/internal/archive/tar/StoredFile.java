package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.bag.DigestAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A file read from an archive: its bag path, size and checksums, computed while streaming, and where its bytes were
 * kept in the verifier's own work folder (under a generated name), unless the reader kept only the tag files.
 */
public record StoredFile(String bagPath, long size, Map<DigestAlgorithm, String> checksums, Optional<Path> kept) {
    public StoredFile {
        checksums = Map.copyOf(checksums);
    }

    /** Where the bytes are kept; only for files the reader was asked to keep. */
    public Path storedAt() {
        return kept.orElseThrow(
                () -> new IllegalStateException(bagPath + " was only checksummed; its bytes were not kept"));
    }

    public byte[] readAllBytes() throws IOException {
        return Files.readAllBytes(storedAt());
    }
}
