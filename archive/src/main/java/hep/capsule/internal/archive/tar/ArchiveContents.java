package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.FindingCode;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an archive holds, as {@link ArchiveReader} read it safely: its top folder and its files by bag path.
 *
 * @param compressedBytes the size of the archive file
 * @param decompressedBytes the bytes of all file contents
 * @param entryTime the latest modification time of its entries (in a capsule, all have the same)
 * @param format gzip-compressed or plain tar
 */
public record ArchiveContents(
        String topFolder,
        Map<String, StoredFile> files,
        long compressedBytes,
        long decompressedBytes,
        Instant entryTime,
        ArchiveFormat format) {
    public ArchiveContents {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public Optional<StoredFile> file(String bagPath) {
        return Optional.ofNullable(files.get(bagPath));
    }

    public StoredFile require(String bagPath) throws InvalidArchiveException {
        StoredFile file = files.get(bagPath);
        if (file == null) {
            throw new InvalidArchiveException(
                    FindingCode.NAMED_FILE_MISSING, topFolder + "/" + bagPath, "the file is missing from the archive");
        }
        return file;
    }
}
