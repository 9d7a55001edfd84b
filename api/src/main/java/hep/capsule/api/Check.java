package hep.capsule.api;

import java.util.List;

/**
 * One of the ordered checks of a verification: {@code safety}, {@code checksums}, {@code metadata},
 * {@code model-interface}, {@code reproduction}.
 *
 * @param name the check's name
 * @param status how it ended
 * @param findings what it found
 */
public record Check(String name, Status status, List<Finding> findings) {
    /** How a check ended. */
    public enum Status {
        /** It ran and found nothing wrong. */
        PASSED,
        /** It ran and found the archive wanting; its findings say where. */
        FAILED,
        /** It did not run: an earlier check failed, or the caller asked for an integrity-only check. */
        SKIPPED
    }

    /** Copies {@code findings}. */
    public Check {
        findings = List.copyOf(findings);
    }
}
