package hep.capsule.internal.archive.tar;

/**
 * How a capsule's tar is stored: gzip-compressed at a deflate level (a .tar.gz), or not compressed at all (a plain
 * .tar), which suits payloads of float tensors that gzip barely shrinks.
 *
 * @param gzipLevel 1 (fastest) to 9 (smallest), or 0 for no compression
 */
public record Compression(int gzipLevel) {
    /** A plain tar. */
    public static final Compression NONE = new Compression(0);
    /** Chosen from the measurements in docs/performance.md. */
    public static final int DEFAULT_GZIP_LEVEL = 1;

    public static final Compression DEFAULT = new Compression(DEFAULT_GZIP_LEVEL);

    public Compression {
        if (gzipLevel < 0 || gzipLevel > 9) {
            throw new IllegalArgumentException("the gzip level must be 1 to 9, not " + gzipLevel);
        }
    }

    public static Compression gzip(int level) {
        if (level == 0) {
            throw new IllegalArgumentException(
                    "the gzip level must be 1 to 9, not 0 (for no compression give --compression none)");
        }
        return new Compression(level);
    }

    public boolean isGzip() {
        return gzipLevel > 0;
    }

    @Override
    public String toString() {
        return isGzip() ? "gzip level " + gzipLevel : "none";
    }
}
