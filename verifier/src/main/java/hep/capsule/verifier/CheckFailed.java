package hep.capsule.verifier;

import hep.capsule.verifier.report.Verdict;
import java.util.List;

/** A check failed in a way that decides the verdict; the findings say which file and why. */
final class CheckFailed extends Exception {
    private final Verdict verdict;
    private final List<String> findings;

    CheckFailed(Verdict verdict, List<String> findings) {
        super(String.join("; ", findings));
        this.verdict = verdict;
        this.findings = List.copyOf(findings);
    }

    static CheckFailed invalid(String file, String problem) {
        return new CheckFailed(Verdict.INVALID, List.of(file + ": " + problem));
    }

    Verdict verdict() {
        return verdict;
    }

    List<String> findings() {
        return findings;
    }
}
