package hep.capsule.packager.archive;

import java.time.Instant;

/**
 * What makes an archive's bytes: the time stamped on every entry and the gzip level.
 *
 * @param entryTime        the modification time of every tar entry (never the clock)
 * @param compressionLevel the deflate level, 1 to 9
 */
public record ArchiveSettings(Instant entryTime, int compressionLevel) {
    public static final int DEFAULT_COMPRESSION_LEVEL = 6;

    public ArchiveSettings {
        if (compressionLevel < 1 || compressionLevel > 9) {
            throw new IllegalArgumentException("gzip level must be 1 to 9, not " + compressionLevel);
        }
    }
}
