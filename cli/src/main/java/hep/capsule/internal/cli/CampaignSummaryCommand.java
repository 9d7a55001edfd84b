package hep.capsule.internal.cli;

import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code capsule campaign summarize DIR}: merges the tasks' reports into the summary {@code verify} gives (text, and
 * DIR/summary.json and DIR/summary.junit.xml unless other files are named). An archive whose task left no report is
 * INVALID, saying so.
 */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Merge a campaign's reports into one summary (text, JSON, JUnit XML); the worst verdict "
                + "decides the exit code.")
final class CampaignSummaryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the campaign folder written by `capsule campaign`")
    Path folder;

    @Mixin
    SummaryOptions summary;

    @Override
    public Integer call() throws IOException, UserError {
        Path list = folder.resolve(CampaignPlan.ARCHIVES);
        if (!Files.isRegularFile(list)) {
            throw new UserError(folder + ": not a campaign folder (no " + CampaignPlan.ARCHIVES
                    + "); write one with `capsule campaign LIST -o DIR`");
        }
        List<Path> archives = ArchiveList.catalogue(list);
        List<ArchiveReport> reports = new ArrayList<>();
        for (int i = 0; i < archives.size(); i++) {
            reports.add(report(i, archives.get(i)));
        }
        if (summary.json == null) {
            summary.json = folder.resolve("summary.json");
        }
        if (summary.junit == null) {
            summary.junit = folder.resolve("summary.junit.xml");
        }
        return summary.give(VerificationReport.of(CapsuleVersion.current(), reports), System.out);
    }

    private ArchiveReport report(int index, Path archive) {
        Path file = folder.resolve(CampaignPlan.REPORTS).resolve(index + ".json");
        if (!Files.isRegularFile(file)) {
            return Verifier.notVerified(
                    archive.toString(),
                    "no report: task " + index + " did not finish (see its log in " + folder.resolve(CampaignPlan.LOGS)
                            + ")",
                    0);
        }
        try {
            return ReportJson.read(Files.readAllBytes(file)).archives().get(0);
        } catch (IOException | IndexOutOfBoundsException e) {
            return Verifier.notVerified(
                    archive.toString(),
                    "task " + index + "'s report " + file + " cannot be read: " + e.getMessage(),
                    0);
        }
    }
}
