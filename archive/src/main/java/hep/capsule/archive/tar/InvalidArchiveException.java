package hep.capsule.archive.tar;

/**
 * The archive breaks a rule: it is unsafe to read, incomplete, or its checksums do not match.
 *
 * @see #file() the entry or bag file concerned, or the archive itself
 */
public class InvalidArchiveException extends Exception {
    private final String file;

    public InvalidArchiveException(String file, String rule) {
        super(file + ": " + rule);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
