package hep.capsule.internal.cli;

import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.verifier.report.ArchiveReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Carries out a {@link VerificationPlan}: verifies the archives with a bounded number of workers at once, each archive
 * in its own process ({@link WorkerRun}), and returns the reports in the plan's order. A worker that crashes or hangs
 * makes its own archive INVALID and nothing else.
 */
final class ParallelVerification {
    private final Function<Path, WorkerCommand> workers;

    /** @param workers which worker verifies an archive; normally {@link WorkerCommand#thisJvm()} for all */
    ParallelVerification(Function<Path, WorkerCommand> workers) {
        this.workers = workers;
    }

    List<ArchiveReport> run(VerificationPlan plan, ProgressDisplay display) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(plan.workers());
        try (WorkFolder work = WorkFolder.create("workers")) {
            List<Future<ArchiveReport>> reports = new ArrayList<>();
            for (int i = 0; i < plan.archives().size(); i++) {
                Path archive = plan.archives().get(i);
                Path scratch = Files.createDirectory(work.resolve(i + ".scratch"));
                WorkerRun run = new WorkerRun(
                        workers.apply(archive)
                                .command(archive, work.resolve(i + ".json"), scratch, plan.verifyArguments()),
                        archive,
                        work.resolve(i + ".json"),
                        work.resolve(i + ".err"),
                        plan.timeout());
                reports.add(pool.submit(() -> {
                    ArchiveReport report = run.verify(display);
                    display.finished(report, sizeOnDisk(archive));
                    return report;
                }));
            }
            List<ArchiveReport> inOrder = new ArrayList<>();
            for (Future<ArchiveReport> report : reports) {
                inOrder.add(result(report));
            }
            return inOrder;
        } finally {
            pool.shutdownNow();
        }
    }

    static long sizeOnDisk(Path archive) {
        try {
            return Files.isRegularFile(archive) ? Files.size(archive) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static ArchiveReport result(Future<ArchiveReport> report) throws IOException, InterruptedException {
        try {
            return report.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
