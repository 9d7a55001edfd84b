package hep.capsule.internal.packager;

/** Packing cannot go on; the message names the file and says what to change. */
public class PackException extends Exception {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
