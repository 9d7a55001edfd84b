package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code capsule pack} killed with SIGKILL at any moment leaves either no archive or a complete one (the previous
 * archive, or the finished new one), never a partial archive under the target's name; stopped with SIGTERM, it leaves
 * nothing at all.
 */
class KillDuringPackTest {
    private static final long[] KILL_AFTER_MILLIS = {150, 400, 700, 1000, 1300, 1600, 2000, 2500, 3200};

    @TempDir
    Path temp;

    /** The killed processes' temporary folder (java.io.tmpdir), where their work folders go. */
    @TempDir
    Path javaTemp;

    @Test
    void aKilledPackLeavesTheOldArchiveOrTheCompleteNewOneAndNeverAPartialOne() throws Exception {
        byte[] previous = Files.readAllBytes(Examples.HH_RESDNN_EVEN.pack(temp.resolve("previous.tar.gz")));
        byte[] complete = Files.readAllBytes(Examples.SUSY_4JETS.pack(temp.resolve("complete.tar.gz")));
        Path target = temp.resolve("target.tar.gz");
        Path fresh = temp.resolve("fresh.tar.gz");
        List<String> outcomes = new ArrayList<>();
        for (long millis : KILL_AFTER_MILLIS) {
            Files.write(target, previous);
            Files.deleteIfExists(fresh);
            outcomes.add(millis + " ms: " + killPackAfter(millis, "target.tar.gz", "--force") + ", "
                    + killPackAfter(millis, "fresh.tar.gz"));
            byte[] now = Files.readAllBytes(target);
            assertTrue(
                    Arrays.equals(now, previous) || Arrays.equals(now, complete),
                    "a partial archive after a kill at " + millis + " ms");
            if (Files.exists(fresh)) {
                assertArrayEquals(
                        complete, Files.readAllBytes(fresh), "a partial new archive after a kill at " + millis + " ms");
            }
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> !name.startsWith(".") && !name.endsWith(".tar.gz"))
                            .toList(),
                    "only archives, and hidden temporary files of killed runs, are left: " + outcomes);
        }
        assertTrue(
                outcomes.stream().anyMatch(o -> o.contains("killed")),
                "some run was really killed while packing: " + outcomes);
    }

    /**
     * Starts {@code capsule pack} of the SUSY example and kills it (SIGKILL) after the given time, unless it has
     * finished.
     */
    private String killPackAfter(long millis, String output, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Launcher.SCRIPT.toString(),
                "pack",
                Examples.SUSY_4JETS.descriptor().toString(),
                "-o",
                output));
        command.addAll(List.of(more));
        Process pack = packing(command, Map.of());
        if (pack.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return "finished";
        }
        pack.destroyForcibly();
        pack.waitFor();
        return "killed";
    }

    /**
     * Both ways the launcher starts the JVM: replacing itself with it ({@code exec}), or, on the first run of a
     * sub-command, as a child that records the class-data sharing archive, to which it must pass the signal on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"exec", "child"})
    void aPackStoppedWithSigtermRemovesItsWorkFolderAndTemporaryArchive(String launch) throws Exception {
        Map<String, String> environment = launch.equals("exec")
                ? Map.of("CAPSULE_CDS", "off")
                : Map.of("XDG_CACHE_HOME", javaTemp.resolve("empty-cache").toString());
        Process pack = packing(
                List.of(
                        Launcher.SCRIPT.toString(),
                        "pack",
                        Examples.SUSY_4JETS.descriptor().toString(),
                        "-o",
                        "stopped.tar.gz"),
                environment);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (workFolders().isEmpty() && pack.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        List<String> whileRunning = workFolders();
        pack.destroy(); // SIGTERM
        assertTrue(pack.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, whileRunning.size(), "pack had made its work folder when it was stopped: " + whileRunning);
        assertEquals(143, pack.exitValue(), "ended by SIGTERM, not finished");
        assertEquals(List.of(), workFolders(), "the work folder is removed");
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no archive, no hidden temporary file");
        }
    }

    private List<String> workFolders() throws IOException {
        try (Stream<Path> files = Files.list(javaTemp)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("capsule-pack-"))
                    .toList();
        }
    }

    private Process packing(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + javaTemp);
        return builder.start();
    }
}
