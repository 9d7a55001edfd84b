package hep.capsule.internal.schema.cutflow;

/** A cutflow cannot be derived: the message names the cutflow, the stage or the file, and what is wrong. */
public final class CutflowException extends Exception {
    public CutflowException(String message) {
        super(message);
    }

    public CutflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
