package hep.capsule.internal.archive.bag;

/** One line of a manifest: a checksum and the bag-relative path it belongs to (decoded). */
public record ManifestEntry(String checksum, String path) {

    /** The manifest line, with its path encoded and a trailing LF. */
    public String toLine() {
        return checksum + "  " + BagPaths.encode(path) + "\n";
    }
}
