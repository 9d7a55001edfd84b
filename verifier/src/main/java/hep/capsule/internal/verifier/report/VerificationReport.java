package hep.capsule.internal.verifier.report;

import java.util.List;

/**
 * The report of one {@code capsule verify} run over one or more archives.
 *
 * @param reportFormat the version of this report's JSON schema
 * @param capsuleVersion the Capsule release that verified
 * @param verdict the worst verdict of all archives
 * @param archives one report per archive, in the order given
 */
public record VerificationReport(
        int reportFormat, String capsuleVersion, Verdict verdict, List<ArchiveReport> archives) {
    public static final int FORMAT = 1;

    public VerificationReport {
        archives = List.copyOf(archives);
    }

    public static VerificationReport of(String capsuleVersion, List<ArchiveReport> archives) {
        Verdict worst = archives.stream()
                .map(ArchiveReport::verdict)
                .reduce(Verdict::worse)
                .orElseThrow(() -> new IllegalArgumentException("a verification report covers at least one archive"));
        return new VerificationReport(FORMAT, capsuleVersion, worst, archives);
    }
}
