package hep.capsule.internal.archive.tar;

/**
 * What a verifier is willing to unpack from one archive, so that a hostile archive cannot exhaust memory, disk or time.
 *
 * @param maxEntries tar entries, directories included
 * @param maxFileBytes bytes of one file
 * @param maxTotalBytes decompressed bytes of all files together
 */
public record ArchiveLimits(long maxEntries, long maxFileBytes, long maxTotalBytes) {
    public static final long GIB = 1L << 30;

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(100_000, 16 * GIB, 64 * GIB);
    }

    /** No limits: only for an archive this process has just written itself, never for one it was given. */
    public static ArchiveLimits none() {
        return new ArchiveLimits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
    }
}
