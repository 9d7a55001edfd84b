package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.JUnitXml;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import hep.capsule.internal.verifier.report.html.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * How the summary of a verification run is given, shared by {@code verify} and {@code campaign summarize}: as text, and
 * on request as JSON and JUnit XML; the worst verdict decides the exit code.
 */
final class SummaryOptions {
    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "also write the report as JSON (schema: verify-report-1.schema.json)")
    Path json;

    @Option(
            names = "--junit",
            paramLabel = "FILE",
            description = "also write the summary as JUnit XML, one test case per archive, for CI dashboards")
    Path junit;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "also write the report as one self-contained HTML page (verdict, integrity, outputs, "
                    + "environments, plots)")
    Path html;

    @Option(names = "--exact", description = "treat REPRODUCED_WITHIN_TOLERANCE as a failure (exit code 5)")
    boolean exact;

    /**
     * Prints the text summary, writes the requested files, and returns the exit code of the worst verdict. One archive
     * gets its full report; several get the full report of each archive that did not pass, then the count of each
     * verdict.
     */
    int give(VerificationReport report, PrintStream out) throws IOException {
        ReportText text = new ReportText(out);
        if (report.archives().size() == 1) {
            text.print(report.archives().get(0));
        } else {
            report.archives().stream()
                    .filter(a -> a.verdict().exitCode(exact) != 0)
                    .forEach(text::print);
            Map<Verdict, Long> counts = report.archives().stream()
                    .collect(Collectors.groupingBy(
                            ArchiveReport::verdict, () -> new EnumMap<>(Verdict.class), Collectors.counting()));
            out.println("summary: " + report.archives().size() + " archives: "
                    + counts.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", ")));
            out.println("overall verdict: " + report.verdict());
        }
        if (json != null) {
            byte[] bytes = ReportJson.write(report);
            AtomicFileWriter.write(json, true, o -> o.write(bytes));
        }
        if (html != null) {
            byte[] bytes = HtmlReport.write(report);
            AtomicFileWriter.write(html, true, o -> o.write(bytes));
        }
        if (junit != null) {
            byte[] bytes = JUnitXml.write(report, exact);
            AtomicFileWriter.write(junit, true, o -> o.write(bytes));
        }
        return report.verdict().exitCode(exact);
    }
}
