package hep.capsule.internal.archive;

import hep.capsule.internal.archive.tar.ArchiveContents;
import java.util.List;

/**
 * An archive that has been read safely and checked: what it holds, and every way its bag falls short of complete.
 *
 * @param contents its top folder and its files by bag path
 * @param findings every problem of the bag; empty when it is complete and every checksum matches
 */
public record OpenedArchive(ArchiveContents contents, List<Finding> findings) {
    public OpenedArchive {
        findings = List.copyOf(findings);
    }

    /** Whether the bag is complete and intact. */
    public boolean complete() {
        return findings.isEmpty();
    }

    /**
     * What a complete archive holds, for a reader that must not go on with an incomplete one (export, lint).
     *
     * @throws IncompleteArchiveException naming the first problem, when the bag is not complete
     */
    public ArchiveContents requireComplete() throws IncompleteArchiveException {
        if (!complete()) {
            throw new IncompleteArchiveException(findings.get(0));
        }
        return contents;
    }
}
