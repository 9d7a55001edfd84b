package hep.capsule.internal.archive.tar;

import java.time.Instant;

/**
 * What makes an archive's bytes: the time stamped on every entry and the compression.
 *
 * @param entryTime the modification time of every tar entry (never the clock)
 * @param compression gzip at a level, or none
 */
public record ArchiveSettings(Instant entryTime, Compression compression) {}
