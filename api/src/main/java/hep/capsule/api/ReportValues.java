package hep.capsule.api;

import hep.capsule.internal.verifier.compare.ComparisonResult;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckReport;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.SignatureReport;
import hep.capsule.internal.verifier.report.StageReport;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The one mapping from the verifier's internal report records to the API's values. */
final class ReportValues {
    private ReportValues() {}

    static VerificationReport of(ArchiveReport r) {
        return new VerificationReport(
                r.path(),
                r.capsule() == null ? "" : r.capsule(),
                verdict(r.verdict()),
                r.reason(),
                r.draft(),
                Optional.ofNullable(r.numericVerdict()).map(ReportValues::verdict),
                Optional.ofNullable(r.physicsVerdict()).map(ReportValues::verdict),
                r.checks().stream().map(ReportValues::check).toList(),
                r.outputs().stream().map(ReportValues::output).toList(),
                r.cutflows().stream().map(ReportValues::cutflow).toList(),
                r.signatures().stream().map(ReportValues::signature).toList(),
                Optional.ofNullable(r.environments()).map(e -> environment(e.packing())),
                Optional.ofNullable(r.environments()).map(e -> environment(e.verifying())));
    }

    /** A finding as the API shows it: the code's name, the file (empty for none) and the message. */
    static Finding finding(hep.capsule.internal.archive.Finding f) {
        return new Finding(f.code().name(), f.file(), f.message());
    }

    private static Verdict verdict(hep.capsule.internal.verifier.report.Verdict verdict) {
        return Verdict.valueOf(verdict.name());
    }

    private static Check check(CheckReport c) {
        return new Check(
                c.check(),
                Check.Status.valueOf(c.status().name()),
                c.findings().stream().map(ReportValues::finding).toList());
    }

    private static OutputComparison output(OutputReport o) {
        ComparisonResult c = o.comparison();
        return new OutputComparison(
                o.model(),
                o.tensor(),
                OutputComparison.Kind.valueOf(o.kind().name()),
                c.elements(),
                c.bitIdentical(),
                c.maxUlp(),
                c.maxAbsolute(),
                c.nanMismatches(),
                difference(c.firstDifference()),
                difference(c.largestDifference()),
                c.cutChanges().stream()
                        .map(x -> new OutputComparison.CutChange(x.cut(), x.changedDecisions(), x.firstChangedIndex()))
                        .toList(),
                o.withinTolerance());
    }

    private static Optional<OutputComparison.Difference> difference(ComparisonResult.FirstDifference d) {
        return Optional.ofNullable(d).map(x -> new OutputComparison.Difference(x.index(), x.stored(), x.recomputed()));
    }

    private static CutflowResult cutflow(CutflowReport c) {
        return new CutflowResult(
                c.name(),
                c.source(),
                c.signalModel(),
                c.reproduced(),
                c.stages().stream().map(ReportValues::stage).toList());
    }

    private static CutflowResult.Stage stage(StageReport s) {
        return new CutflowResult.Stage(
                s.name(),
                Optional.ofNullable(s.cut()),
                s.rederived(),
                events(s.recordedEvents()),
                weighted(s.recordedWeighted()),
                events(s.rederivedEvents()),
                weighted(s.rederivedWeighted()),
                s.changedCount(),
                s.reproduced());
    }

    private static OptionalLong events(Long events) {
        return events == null ? OptionalLong.empty() : OptionalLong.of(events);
    }

    private static OptionalDouble weighted(Double weighted) {
        return weighted == null ? OptionalDouble.empty() : OptionalDouble.of(weighted);
    }

    private static Signature signature(SignatureReport s) {
        return new Signature(
                s.file(),
                s.kind(),
                s.signer(),
                s.fingerprint(),
                Signature.Status.valueOf(s.status().name()),
                present(s.signedAt()),
                present(s.timeStampedAt()),
                s.explanation());
    }

    private static Optional<String> present(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Environment environment(hep.capsule.internal.verifier.report.Environment e) {
        return new Environment(
                e.capsuleVersion(),
                e.machine().javaVersion(),
                e.machine().osName() + " " + e.machine().osVersion(),
                e.machine().osArch(),
                e.machine().cpuModel(),
                e.runtimeVersions(),
                e.summary());
    }
}
