package hep.capsule.internal.cli;

/** A problem the user can fix: printed as it is, without a stack trace, with exit code 2. */
final class UserError extends Exception {
    UserError(String message, Throwable cause) {
        super(message, cause);
    }

    UserError(String message) {
        super(message);
    }
}
