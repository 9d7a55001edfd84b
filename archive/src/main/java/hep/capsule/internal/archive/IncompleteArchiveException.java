package hep.capsule.internal.archive;

import hep.capsule.internal.archive.tar.InvalidArchiveException;

/**
 * The archive was read safely but its bag is not complete and intact (a file missing, changed or unlisted), and the
 * reader must not go on with it. The finding is the first problem the completeness check found.
 */
public final class IncompleteArchiveException extends InvalidArchiveException {
    IncompleteArchiveException(Finding first) {
        super(first.code(), first.file(), first.message());
    }
}
