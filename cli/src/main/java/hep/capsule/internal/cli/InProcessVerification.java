package hep.capsule.internal.cli;

import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.report.ArchiveReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * Verifies a single archive in this process: there is no other archive for a worker process to protect, and a second
 * JVM would double the start-up. The time limit still holds, kept by a watchdog: when it passes, the archive is
 * INVALID, that report is given as usual, and the process ends with its exit code.
 *
 * @param timeout how long the archive may take
 * @param end ends the process with an exit code ({@code Runtime.halt} outside tests: the verifying thread may be stuck
 *     in native code, so nothing waits for it)
 */
record InProcessVerification(Duration timeout, IntConsumer end) {

    /**
     * @param verification verifies the archive
     * @param giveTimedOut gives the report of an archive whose time ran out, returning the exit code
     */
    ArchiveReport verify(
            Path archive, Function<Path, ArchiveReport> verification, ToIntFunction<ArchiveReport> giveTimedOut) {
        long start = System.nanoTime();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "time limit of " + archive);
            thread.setDaemon(true);
            return thread;
        });
        watchdog.schedule(
                () -> end.accept(giveTimedOut.applyAsInt(Verifier.notVerified(
                        archive.toString(),
                        TimeLimit.exceeded(timeout, "verification was stopped"),
                        (System.nanoTime() - start) / 1e9))),
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return verification.apply(archive);
        } finally {
            watchdog.shutdownNow();
        }
    }
}
