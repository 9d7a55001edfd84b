package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.verifier.report.Verdict;
import java.util.List;

/** A check failed in a way that decides the verdict; the findings say which file and why. */
final class CheckFailed extends Exception {
    private final Verdict verdict;
    private final transient List<Finding> findings;

    CheckFailed(Verdict verdict, List<Finding> findings) {
        super(String.join("; ", findings.stream().map(Finding::toString).toList()));
        this.verdict = verdict;
        this.findings = List.copyOf(findings);
    }

    static CheckFailed invalid(FindingCode code, String file, String problem) {
        return new CheckFailed(Verdict.INVALID, List.of(new Finding(code, file, problem)));
    }

    Verdict verdict() {
        return verdict;
    }

    List<Finding> findings() {
        return findings;
    }
}
