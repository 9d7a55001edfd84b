package hep.capsule.internal.tensor;

/** An NPY file is malformed, unsupported or inconsistent; the message names the file and the problem. */
public class NpyFormatException extends Exception {
    private final String fileName;

    public NpyFormatException(String fileName, String problem) {
        super(fileName + ": " + problem);
        this.fileName = fileName;
    }

    /** The name of the offending file, as the caller displayed it. */
    public String fileName() {
        return fileName;
    }
}
