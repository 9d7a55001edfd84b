package hep.capsule.internal.cli;

import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.schema.facts.FactsText;
import hep.capsule.internal.schema.facts.FileFacts;
import hep.capsule.internal.schema.facts.SignalModelFacts;
import hep.capsule.internal.verifier.compare.ComparisonResult;
import hep.capsule.internal.verifier.compare.CutChanges;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.SignatureReport;
import java.io.PrintStream;

/** The human-readable form of an archive's verification. */
final class ReportText {
    private final PrintStream out;

    ReportText(PrintStream out) {
        this.out = out;
    }

    void print(ArchiveReport report) {
        out.println(report.path() + (report.capsule().isEmpty() ? "" : "  (" + report.capsule() + ")"));
        if (report.draft()) {
            out.println("  DRAFT: this capsule says it is unfinished; some of its fields are MISSING");
        }
        for (CheckReport check : report.checks()) {
            String first =
                    check.findings().isEmpty() ? "" : check.findings().get(0).shown();
            out.printf("  %-16s %-7s %s%n", check.check(), check.status(), first);
            check.findings().stream().skip(1).forEach(f -> out.printf("  %-16s %-7s %s%n", "", "", f.shown()));
        }
        for (OutputReport output : report.outputs()) {
            out.println("  " + output.model() + " / " + output.label() + ": " + describe(output.comparison()));
            for (CutChanges cut : output.comparison().cutChanges()) {
                out.println("      working point " + cut.cut() + " (" + cut.description() + "): "
                        + (cut.changedDecisions() == 0
                                ? "no decision changed"
                                : cut.changedDecisions() + " decisions changed, first at element "
                                        + cut.firstChangedIndex()));
            }
        }
        if (report.modelMemoryBudget() != null) {
            out.println("  model memory budget: " + ModelMemoryBudget.readable(report.modelMemoryBudget()) + " ("
                    + ModelMemoryBudget.OPTION + ")");
        }
        for (CutflowReport cutflow : report.cutflows()) {
            out.println("  cutflow " + cutflow.name() + " (" + cutflow.source() + ", signal model "
                    + cutflow.signalModel() + "): "
                    + (cutflow.source().equals("paper")
                            ? "shown as published"
                            : cutflow.reproduced() ? "re-derived, as recorded" : "RE-DERIVED DIFFERENTLY"));
            cutflow.stages().forEach(stage -> out.println("      " + stage.line(cutflow.name())));
            for (FileFacts facts : SignalModelFacts.beside(cutflow.signalModel(), report.signalModelFacts())) {
                FactsText.lines(facts).forEach(line -> out.println("      signal model: " + line));
            }
        }
        if (report.numericVerdict() != null) {
            out.println("  numeric verdict (bits, ULP): " + report.numericVerdict()
                    + "; physics verdict (decisions, yields): " + report.physicsVerdict());
        }
        if (!report.environmentDifferences().isEmpty()) {
            out.println("  what differs from the packing environment:");
            report.environmentDifferences().forEach(d -> out.println("      " + d));
        }
        if (report.environments() != null) {
            out.println("  packed with:   " + report.environments().packing().summary());
            out.println("  verified with: " + report.environments().verifying().summary());
        }
        if (report.signatures().isEmpty()) {
            out.println("  signatures: none");
        }
        for (SignatureReport signature : report.signatures()) {
            out.println("  signature " + signature.file() + " (" + signature.kind() + "): " + signature.status());
            out.println("      " + signature.explanation());
            if (!signature.signer().isEmpty()) {
                out.println("      signer " + signature.signer());
            }
            out.println("      fingerprint " + signature.fingerprint()
                    + (signature.signedAt().isEmpty() ? "" : ", signed at " + signature.signedAt()));
            if (!signature.timeStampedAt().isEmpty()) {
                out.println(
                        "      time-stamped " + signature.timeStampedAt() + " by " + signature.timeStampAuthority());
            }
        }
        boolean reasonShown = report.verdict().isSuccess()
                || report.checks().stream().anyMatch(c -> c.status() == CheckStatus.FAILED);
        out.println("  verdict: " + report.verdict() + (report.draft() ? " (DRAFT capsule)" : "")
                + (reasonShown ? "" : ": " + report.reason()));
    }

    private static String describe(ComparisonResult c) {
        if (c.isBitExact()) {
            return c.elements() + " of " + c.elements() + " elements bit-identical";
        }
        return c.bitIdentical() + " of " + c.elements() + " elements bit-identical; largest distance " + c.maxUlp()
                + " ULP, largest |difference| " + c.maxAbsolute()
                + (c.largestDifference() == null
                        ? ""
                        : " at element " + c.largestDifference().index())
                + (c.nanMismatches() > 0 ? ", " + c.nanMismatches() + " NaN mismatches" : "")
                + "; first difference at element " + c.firstDifference().index() + ": stored "
                + c.firstDifference().stored()
                + ", recomputed " + c.firstDifference().recomputed();
    }
}
