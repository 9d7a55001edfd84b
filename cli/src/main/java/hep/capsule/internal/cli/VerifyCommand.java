package hep.capsule.internal.cli;

import hep.capsule.internal.files.UnfinishedFiles;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Re-execute capsules and prove, bit for bit, that their models still give the stored outputs, "
                    + "or say exactly where and by how much they do not.",
            "Several archives are verified each in its own worker process (several in parallel), so that a "
                    + "crash or a hang affects only its own archive; a single archive is verified in this "
                    + "process, within the same time limit."
        })
final class VerifyCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "ARCHIVE",
            description = "capsule archives (.capsule.tar.gz), or folders to search recursively for them")
    List<Path> archives = new ArrayList<>();

    @Option(
            names = "--catalogue",
            paramLabel = "FILE",
            description = "a text file listing archives or folders, one per line (relative to the file); repeatable")
    List<Path> catalogues = new ArrayList<>();

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "archives verified at once (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    /**
     * Long enough for the largest reference sets the other limits allow; short enough that a hostile model cannot stall
     * a batch for good.
     */
    static final Duration DEFAULT_TIMEOUT = Duration.ofHours(6);

    @Option(
            names = "--timeout-per-archive",
            paramLabel = "DURATION",
            converter = TimeLimit.class,
            description = "stop verifying an archive after this long (e.g. 30m, 12h) and call it INVALID (default: 6h)")
    Duration timeoutPerArchive = DEFAULT_TIMEOUT;

    @Option(
            names = "--require-signature",
            description = "fail (exit code 6) unless every archive has a TRUSTED signature")
    boolean requireSignature;

    @Mixin
    VerifyArguments verification;

    @Mixin
    SummaryOptions summary;

    private final Function<Path, WorkerCommand> workers;

    VerifyCommand() {
        this(archive -> WorkerCommand.thisJvm());
    }

    /** @param workers the worker command for each archive (tests start a different one for some archives) */
    VerifyCommand(Function<Path, WorkerCommand> workers) {
        this.workers = workers;
    }

    @Override
    public Integer call() throws IOException, UserError, InterruptedException {
        if (archives.isEmpty() && catalogues.isEmpty()) {
            throw new UserError("name at least one ARCHIVE, folder or --catalogue FILE to verify");
        }
        if (jobs < 1) {
            throw new UserError("--jobs must be at least 1, not " + jobs);
        }
        verification.reportPlots = summary.html != null;
        verification.options(); // a bad option or keyring is the command line's error, not every worker's
        VerificationPlan plan = new VerificationPlan(
                ArchiveList.of(archives, catalogues), jobs, timeoutPerArchive, verification.asArguments());
        List<ArchiveReport> reports = plan.archives().size() == 1 ? List.of(inThisProcess(plan)) : inWorkers(plan);
        int verdictCode = give(reports);
        if (verdictCode == ExitCodes.OK && requireSignature && !everyArchiveTrustedlySigned(reports)) {
            System.out.println("--require-signature: some archive has no TRUSTED signature");
            return ExitCodes.NOT_SIGNED_BY_TRUSTED_KEY;
        }
        return verdictCode;
    }

    private int give(List<ArchiveReport> reports) throws IOException {
        return summary.give(VerificationReport.of(CapsuleVersion.current(), reports), System.out);
    }

    /** One archive: no other archive to protect from a crash, so no worker's start-up to pay. */
    private ArchiveReport inThisProcess(VerificationPlan plan) throws IOException, UserError {
        Path archive = plan.archives().get(0);
        VerifyOptions options = verification.options();
        if (!options.integrityOnly()) {
            DataSegmentLimit.forThisProcess(options.modelMemory()).applyToThisProcess();
        }
        try (ProgressDisplay display = display(plan)) { // the bar only: the report itself follows at once
            return new InProcessVerification(plan.timeout(), code -> {
                        UnfinishedFiles.removeNow(); // halt runs no shutdown hooks
                        Runtime.getRuntime().halt(code);
                    })
                    .verify(archive, a -> new Verifier(options, display).verify(a), this::giveTimedOut);
        }
    }

    private int giveTimedOut(ArchiveReport report) {
        try {
            return give(List.of(report));
        } catch (IOException e) {
            System.err.println("capsule verify: " + e.getMessage());
            return Verdict.INVALID.exitCode(false);
        }
    }

    private static ProgressDisplay display(VerificationPlan plan) {
        long bytes = plan.archives().stream()
                .mapToLong(ParallelVerification::sizeOnDisk)
                .sum();
        Optional<java.io.PrintStream> terminal = System.console() == null ? Optional.empty() : Optional.of(System.err);
        return new ProgressDisplay(System.out, terminal, plan.archives().size(), bytes);
    }

    private List<ArchiveReport> inWorkers(VerificationPlan plan) throws IOException, InterruptedException {
        try (ProgressDisplay display = display(plan)) {
            return new ParallelVerification(workers).run(plan, display);
        }
    }

    private static boolean everyArchiveTrustedlySigned(List<ArchiveReport> reports) {
        return reports.stream()
                .allMatch(r -> r.signatures().stream().anyMatch(s -> s.status().isTrusted()));
    }
}
