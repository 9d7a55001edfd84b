package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;

/**
 * The archive breaks a rule: it is unsafe to read, incomplete, or its checksums do not match.
 *
 * @see #finding() the code, the entry or bag file concerned (or the archive itself), and the problem
 */
public class InvalidArchiveException extends Exception {
    private final transient Finding finding;

    public InvalidArchiveException(FindingCode code, String file, String rule) {
        super(file + ": " + rule);
        this.finding = new Finding(code, file, rule);
    }

    public String file() {
        return finding.file();
    }

    public Finding finding() {
        return finding;
    }
}
