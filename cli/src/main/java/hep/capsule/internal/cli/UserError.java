package hep.capsule.internal.cli;

import hep.capsule.internal.archive.IncompleteArchiveException;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import java.nio.file.Path;

/** A problem the user can fix: printed as it is, without a stack trace, with exit code 2. */
final class UserError extends Exception {
    UserError(String message, Throwable cause) {
        super(message, cause);
    }

    UserError(String message) {
        super(message);
    }

    /** An archive a command cannot go on with: unreadable as a capsule, or read but not complete and intact. */
    static UserError unusable(Path archive, InvalidArchiveException e) {
        String what = e instanceof IncompleteArchiveException
                ? " is not complete and intact: "
                : " is not a readable capsule: ";
        return new UserError(archive + what + e.getMessage(), e);
    }
}
