package hep.capsule.internal.cli;

import hep.capsule.internal.verifier.VerificationProgress;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Verifies one archive in a worker process and returns its report; when the worker dies, hangs past the time limit or
 * writes no report, the archive is INVALID with the reason, and nothing else is affected.
 *
 * @param command the worker's full command line
 * @param archive the archive, as the user named it
 * @param report where the worker writes its JSON report
 * @param errors where the worker's standard error goes
 * @param timeout how long it may take
 */
record WorkerRun(List<String> command, Path archive, Path report, Path errors, Duration timeout) {
    ArchiveReport verify(VerificationProgress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process worker = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectError(errors.toFile())
                .start();
        Thread listener = new Thread(() -> relay(worker, progress), "progress of " + archive);
        listener.setDaemon(true);
        listener.start();
        boolean ended = worker.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!ended) {
            worker.destroyForcibly().waitFor();
            return Verifier.notVerified(
                    archive.toString(), TimeLimit.exceeded(timeout, "the worker was stopped"), seconds);
        }
        listener.join(TimeUnit.SECONDS.toMillis(1));
        if (worker.exitValue() != 0 || !Files.isRegularFile(report)) {
            return Verifier.notVerified(
                    archive.toString(), WorkerDeath.describe(worker.exitValue()) + lastError(), seconds);
        }
        try {
            VerificationReport written = ReportJson.read(Files.readAllBytes(report));
            return written.archives().get(0);
        } catch (IOException | IndexOutOfBoundsException e) {
            return Verifier.notVerified(
                    archive.toString(),
                    "the worker's report " + report + " cannot be read: " + e.getMessage(),
                    seconds);
        }
    }

    private static void relay(Process worker, VerificationProgress progress) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                ProgressLines.parse(line).ifPresent(increment -> {
                    progress.hashed(increment.bytes());
                    progress.executed(increment.events());
                });
            }
        } catch (IOException e) {
            // the worker's output closed abruptly: how the worker ended is reported from its exit status
        }
    }

    /** The worker's last line on standard error, which usually says what went wrong. */
    private String lastError() throws IOException {
        List<String> lines = new String(Files.readAllBytes(errors), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        return lines.isEmpty()
                ? ""
                : "; its last message: " + lines.get(lines.size() - 1).strip();
    }
}
