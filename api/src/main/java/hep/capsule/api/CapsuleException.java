package hep.capsule.api;

/**
 * Why a {@link Capsule} call could not do its work, in a message a user can act on: it names the file and what is wrong
 * with it (a descriptor field, an unreadable archive, a wrong passphrase). A capsule that verifies as INVALID is not an
 * exception: that is a {@link VerificationReport}.
 */
public final class CapsuleException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the file concerned */
    public CapsuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
