package hep.capsule.verifier.archive;

import hep.capsule.bag.DigestAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A file read from an archive: its bag path, size and checksums, computed while streaming, and
 * where its bytes were kept in the verifier's own work folder (under a generated name).
 */
public record StoredFile(String bagPath, long size, Map<DigestAlgorithm, String> checksums, Path storedAt) {
    public StoredFile {
        checksums = Map.copyOf(checksums);
    }

    public byte[] readAllBytes() throws IOException {
        return Files.readAllBytes(storedAt);
    }
}
