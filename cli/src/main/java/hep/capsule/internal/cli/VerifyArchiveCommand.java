package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The worker behind {@code capsule verify} with several archives: verifies one archive in its own process, so that a
 * crash (a native fault in a runtime, memory exhaustion) or a hang takes only that archive down. Reports progress on
 * standard output ({@link ProgressLines}) and writes the JSON report to the file its parent names; a report exists only
 * if the verification finished.
 */
@Command(
        name = "verify-archive",
        hidden = true,
        description = "verify one archive for a parent `capsule verify` (internal)")
final class VerifyArchiveCommand implements Callable<Integer> {
    static final String NAME = "verify-archive";

    @Parameters(index = "0", paramLabel = "ARCHIVE")
    Path archive;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "where to write the JSON report")
    Path report;

    @Option(
            names = "--scratch",
            required = true,
            paramLabel = "FOLDER",
            description = "where to unpack the archive (the parent removes it)")
    Path scratch;

    @Mixin
    VerifyArguments verification;

    @Override
    public Integer call() throws IOException, UserError {
        ProgressLines progress = new ProgressLines(System.out);
        VerifyOptions options = verification.options().withScratch(scratch);
        if (!options.integrityOnly()) {
            DataSegmentLimit.forThisProcess(options.modelMemory()).applyToThisProcess();
        }
        VerificationReport result = VerificationReport.of(
                CapsuleVersion.current(), List.of(new Verifier(options, progress).verify(archive)));
        progress.flush();
        byte[] bytes = ReportJson.write(result);
        AtomicFileWriter.write(report, true, out -> out.write(bytes));
        return ExitCodes.OK;
    }
}
