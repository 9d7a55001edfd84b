package hep.capsule.cli;

import hep.capsule.packager.archive.AtomicFileWriter;
import hep.capsule.schema.CapsuleVersion;
import hep.capsule.verifier.Verifier;
import hep.capsule.verifier.VerifyOptions;
import hep.capsule.verifier.report.ArchiveReport;
import hep.capsule.verifier.report.ReportJson;
import hep.capsule.verifier.report.VerificationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-execute capsules and prove, bit for bit, that their models still give the stored outputs, or say exactly where and by how much they do not.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "capsule archives (.capsule.tar.gz)")
    List<Path> archives;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON (schema: verify-report-1.schema.json)")
    Path json;

    @Option(names = "--exact", description = "treat REPRODUCED_WITHIN_TOLERANCE as a failure (exit code 5)")
    boolean exact;

    @Override
    public Integer call() throws IOException {
        Verifier verifier = new Verifier(VerifyOptions.defaults());
        List<ArchiveReport> reports = new ArrayList<>();
        for (Path archive : archives) {
            ArchiveReport report = verifier.verify(archive);
            new ReportText(System.out).print(report);
            reports.add(report);
        }
        VerificationReport report = VerificationReport.of(CapsuleVersion.current(), reports);
        if (json != null) {
            byte[] bytes = ReportJson.write(report);
            AtomicFileWriter.write(json, true, out -> out.write(bytes));
        }
        PrintStream out = System.out;
        if (reports.size() > 1) {
            out.println("overall verdict: " + report.verdict());
        }
        return report.verdict().exitCode(exact);
    }
}
