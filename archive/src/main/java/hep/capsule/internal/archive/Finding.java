package hep.capsule.internal.archive;

/**
 * One thing a verification found: its stable code, the file concerned (a bag path, the archive, or empty for a fact
 * about the whole capsule) and a message a person can act on.
 */
public record Finding(FindingCode code, String file, String message) {
    /** A fact about the whole capsule, not tied to one file. */
    public static Finding note(FindingCode code, String message) {
        return new Finding(code, "", message);
    }

    /** The same finding, its file named inside the archive's top folder. */
    public Finding inFolder(String topFolder) {
        return new Finding(code, topFolder + "/" + file, message);
    }

    /** How a report shows it to a person: {@code file: message [CODE]} for a problem; a note without its code. */
    public String shown() {
        return code.kind() == FindingCode.Kind.PROBLEM ? this + " [" + code + "]" : toString();
    }

    /** {@code file: message}, or the message alone when no file is concerned. */
    @Override
    public String toString() {
        return file.isEmpty() ? message : file + ": " + message;
    }
}
