package hep.capsule.internal.verifier.report;

import hep.capsule.internal.archive.Finding;
import java.util.List;

/**
 * One of the ordered checks of a verification.
 *
 * @param check its name, e.g. {@code checksums}
 * @param status how it ended
 * @param findings what it found, each with its code and file: the problems, or the facts worth knowing
 */
public record CheckReport(String check, CheckStatus status, List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    public static CheckReport passed(String check, List<Finding> findings) {
        return new CheckReport(check, CheckStatus.PASSED, findings);
    }

    public static CheckReport failed(String check, List<Finding> findings) {
        return new CheckReport(check, CheckStatus.FAILED, findings);
    }

    public static CheckReport skipped(String check) {
        return new CheckReport(check, CheckStatus.SKIPPED, List.of());
    }
}
