package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runs the repository's {@code capsule} launcher as a user would, in a given folder. */
final class Launcher {
    static final Path SCRIPT = Examples.repositoryRoot().resolve("capsule");

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Launcher() {}

    static Run run(Path folder, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(arguments));
        return run(folder, environment, command);
    }

    /** A run and the peak resident memory of the launcher's process tree (its JVM), as GNU time reports it. */
    record Measured(Run run, long peakResidentBytes) {}

    /** Runs the launcher under {@code /usr/bin/time} (GNU time, which {@code .ci/run} installs). */
    static Measured measured(Path folder, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        String marker = "capsule-test-peak-rss-kib=";
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", marker + "%M", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Run run = run(folder, environment, command);
        int at = run.err().lastIndexOf(marker);
        assertTrue(at >= 0, "GNU time reported no peak resident memory: " + run.err());
        long kib = Long.parseLong(run.err().substring(at + marker.length()).trim());
        return new Measured(new Run(run.exitCode(), run.out(), run.err().substring(0, at)), kib * 1024);
    }

    private static Run run(Path folder, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        try (var jars = Files.list(Examples.repositoryRoot().resolve("cli/target"))) {
            assertTrue(
                    jars.anyMatch(p -> p.getFileName().toString().matches("capsule-cli-.*\\.jar")),
                    "the launcher needs the packaged command line: run 'mvn verify' from the repository root");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        return new Run(process.waitFor(), out, err.join());
    }

    static Run run(Path folder, String... arguments) throws IOException, InterruptedException {
        return run(folder, Map.of(), arguments);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
