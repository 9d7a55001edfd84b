package hep.capsule.api;

import java.util.List;
import java.util.Optional;

/**
 * Everything a verification learned about one capsule.
 *
 * @param archive the archive verified
 * @param capsule the capsule's name, once its metadata could be read (else empty)
 * @param verdict the verdict
 * @param reason one line saying why, naming the file and the problem for INVALID
 * @param draft whether the capsule says it is an unfinished draft
 * @param numericVerdict the verdict of the outputs alone (bits, ULP, tolerances), when reproduction ran
 * @param physicsVerdict the verdict of the physics alone (cut decisions, cutflow yields), when reproduction ran
 * @param checks the checks, in the order they ran
 * @param outputs one comparison per recomputed tensor
 * @param cutflows each cutflow, re-derived or shown
 * @param signatures every signature of the capsule, checked; independent of the verdict
 * @param packing the environment that packed the capsule, once its metadata could be read
 * @param verifying the environment that verified it, once the capsule's metadata could be read
 */
public record VerificationReport(
        String archive,
        String capsule,
        Verdict verdict,
        String reason,
        boolean draft,
        Optional<Verdict> numericVerdict,
        Optional<Verdict> physicsVerdict,
        List<Check> checks,
        List<OutputComparison> outputs,
        List<CutflowResult> cutflows,
        List<Signature> signatures,
        Optional<Environment> packing,
        Optional<Environment> verifying) {

    /** Copies the lists. */
    public VerificationReport {
        checks = List.copyOf(checks);
        outputs = List.copyOf(outputs);
        cutflows = List.copyOf(cutflows);
        signatures = List.copyOf(signatures);
    }

    /** The findings of the checks that failed: why the verdict is INVALID; empty otherwise. */
    public List<Finding> problems() {
        return checks.stream()
                .filter(c -> c.status() == Check.Status.FAILED)
                .flatMap(c -> c.findings().stream())
                .toList();
    }
}
