package hep.capsule.archive;

/** One problem found in an archive: the file concerned and what is wrong with it. */
public record Finding(String file, String problem) {
    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
