package hep.capsule.internal.signatures;

/** A signature cannot be made: a key cannot be read or unlocked, or the time-stamping authority failed. */
public class SigningException extends Exception {
    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
