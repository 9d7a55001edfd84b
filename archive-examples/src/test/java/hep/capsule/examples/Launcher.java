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

    private Launcher() {
    }

    static Run run(Path folder, Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        try (var jars = Files.list(Examples.repositoryRoot().resolve("cli/target"))) {
            assertTrue(jars.anyMatch(p -> p.getFileName().toString().matches("capsule-cli-.*\\.jar")),
                    "the launcher needs the packaged command line: run 'mvn verify' from the repository root");
        }
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(arguments));
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
