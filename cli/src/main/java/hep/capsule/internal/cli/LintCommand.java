package hep.capsule.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.publishing.lint.LintJson;
import hep.capsule.internal.publishing.lint.LintOptions;
import hep.capsule.internal.publishing.lint.LintReport;
import hep.capsule.internal.publishing.lint.Linter;
import hep.capsule.internal.publishing.lint.SarifLog;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Check a capsule.yaml (or an archive) before publication against the Les Houches guide to "
                + "reusable ML models"
                + " (arXiv:2312.14575): model format, input specification, folds, validation "
                + "material and identity. Each finding names"
                + " its rule, the file, YAML field and line, and how to fix it.")
final class LintCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "DESCRIPTOR|ARCHIVE", description = "the capsule.yaml, or a packed capsule")
    Path subject;

    @Option(names = "--json", description = "print the findings as JSON instead of text")
    boolean json;

    @Option(
            names = "--sarif",
            paramLabel = "FILE",
            description = "also write the findings as a SARIF 2.1.0 log (for GitHub or GitLab code scanning)")
    Path sarif;

    @Option(names = "--strict", description = "fail on warnings too")
    boolean strict;

    @Mixin
    DescriptorSizeOption descriptorSize;

    @Option(
            names = "--min-events",
            paramLabel = "N",
            description = "the fewest reference events a model should have (default: ${DEFAULT-VALUE})")
    long minEvents = LintOptions.DEFAULT_MIN_EVENTS;

    @Override
    public Integer call() throws IOException, UserError {
        LintReport report;
        try {
            report = Linter.standard().lint(subject, new LintOptions(minEvents, descriptorSize.limits()));
        } catch (DescriptorException e) {
            throw new UserError(e.getMessage(), e);
        } catch (InvalidArchiveException e) {
            throw UserError.unusable(subject, e);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (sarif != null) {
            byte[] log = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(SarifLog.of(report));
            AtomicFileWriter.write(sarif, true, out -> out.write(log));
        }
        if (json) {
            System.out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(LintJson.of(report)));
        } else {
            report.findings().forEach(System.out::println);
            System.out.println(report.subject() + ": " + report.count(Severity.ERROR) + " error(s), "
                    + report.count(Severity.WARNING) + " warning(s), " + report.count(Severity.INFO) + " info");
        }
        return report.fails(strict) ? ExitCodes.LINT_ERRORS : ExitCodes.OK;
    }
}
