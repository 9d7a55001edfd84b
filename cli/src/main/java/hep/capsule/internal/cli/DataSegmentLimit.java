package hep.capsule.internal.cli;

import hep.capsule.internal.runner.ModelMemoryBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The operating system's last line behind the model memory budget: the process that executes an archive's models lowers
 * its own data-segment limit ({@code RLIMIT_DATA}, with util-linux's {@code prlimit}) to its Java heap's maximum, plus
 * the budget, plus {@link #OVERHEAD}. Since Linux 4.7 that limit counts every private writable mapping, so an
 * allocation of onnxruntime's beyond it (a tensor whose size depends on the data, which the shape rules cannot know
 * beforehand) fails inside onnxruntime, which reports the failure, instead of growing until the machine's OOM killer
 * ends the process, or another one. It is the last line only: it caps the whole process, not one model, and only where
 * {@code prlimit} exists (Linux).
 *
 * @param bytes the soft limit to set
 */
record DataSegmentLimit(long bytes) {
    /** What the JVM itself maps beyond its heap: classes, compiled code, thread stacks, onnxruntime's libraries. */
    static final long OVERHEAD = 1L << 30;

    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

    static DataSegmentLimit forThisProcess(ModelMemoryBudget budget) {
        long heap = Runtime.getRuntime().maxMemory();
        long sum = heap + budget.bytes();
        sum = sum < 0 ? Long.MAX_VALUE : sum + OVERHEAD;
        return new DataSegmentLimit(sum < 0 ? Long.MAX_VALUE : sum);
    }

    /**
     * Lowers this process's soft data-segment limit; says on standard error when it cannot (no {@code prlimit}, or a
     * stricter limit already set), and goes on.
     */
    void applyToThisProcess() {
        if (!Files.isExecutable(PRLIMIT)) {
            return; // not Linux, or no util-linux: the static and witness checks still hold
        }
        List<String> command = List.of(
                PRLIMIT.toString(),
                "--pid",
                Long.toString(ProcessHandle.current().pid()),
                "--data=" + bytes + ":");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                System.err.println("capsule: warning: could not set the data-segment limit of "
                        + ModelMemoryBudget.readable(bytes) + " with prlimit (" + output
                        + "); a model whose memory the shape rules cannot size is then not capped");
            }
        } catch (IOException e) {
            System.err.println("capsule: warning: could not run prlimit (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
