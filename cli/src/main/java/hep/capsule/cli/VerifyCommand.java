package hep.capsule.cli;

import hep.capsule.schema.CapsuleVersion;
import hep.capsule.verifier.Verifier;
import hep.capsule.verifier.report.ArchiveReport;
import hep.capsule.verifier.report.VerificationReport;
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

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-execute capsules and prove, bit for bit, that their models still give the stored outputs, or say exactly where and by how much they do not.",
            "Several archives are verified in parallel, each in its own worker process, so that a crash or a hang affects only its own archive."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARCHIVE", description = "capsule archives (.capsule.tar.gz), or folders to search recursively for them")
    List<Path> archives = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE", description = "a text file listing archives or folders, one per line (relative to the file); repeatable")
    List<Path> catalogues = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "archives verified at once (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout-per-archive", paramLabel = "DURATION", converter = TimeLimit.class,
            description = "stop an archive's worker after this long (e.g. 30m, 2h) and call the archive INVALID; default: no limit")
    Duration timeoutPerArchive;

    @Option(names = "--require-signature", description = "fail (exit code 6) unless every archive has a TRUSTED signature")
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
        VerificationPlan plan = new VerificationPlan(ArchiveList.of(archives, catalogues), jobs,
                Optional.ofNullable(timeoutPerArchive), verification.asArguments());
        List<ArchiveReport> reports = inThisProcess(plan) ? List.of(new Verifier(verification.options()).verify(plan.archives().get(0)))
                : inWorkers(plan);
        VerificationReport report = VerificationReport.of(CapsuleVersion.current(), reports);
        int verdictCode = summary.give(report, System.out);
        if (verdictCode == ExitCodes.OK && requireSignature && !everyArchiveTrustedlySigned(reports)) {
            System.out.println("--require-signature: some archive has no TRUSTED signature");
            return ExitCodes.NOT_SIGNED_BY_TRUSTED_KEY;
        }
        return verdictCode;
    }

    /**
     * Isolation protects the other archives from a crash; with one archive there are none, so it
     * is verified right here unless it has a time limit.
     */
    private static boolean inThisProcess(VerificationPlan plan) {
        return plan.archives().size() == 1 && plan.timeout().isEmpty();
    }

    private List<ArchiveReport> inWorkers(VerificationPlan plan) throws IOException, InterruptedException {
        long bytes = plan.archives().stream().mapToLong(ParallelVerification::sizeOnDisk).sum();
        Optional<java.io.PrintStream> terminal = System.console() == null ? Optional.empty() : Optional.of(System.err);
        try (ProgressDisplay display = new ProgressDisplay(System.out, terminal, plan.archives().size(), bytes)) {
            return new ParallelVerification(workers).run(plan, display);
        }
    }

    private static boolean everyArchiveTrustedlySigned(List<ArchiveReport> reports) {
        return reports.stream().allMatch(r -> r.signatures().stream().anyMatch(s -> s.status().isTrusted()));
    }
}
