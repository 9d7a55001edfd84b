package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capsule pack} killed with SIGKILL at any moment leaves either no archive or a complete
 * one (the previous archive, or the finished new one), never a partial archive under the target's name.
 */
class KillDuringPackTest {
    private static final long[] KILL_AFTER_MILLIS = {150, 400, 700, 1000, 1300, 1600, 2000, 2500, 3200};

    @TempDir
    Path temp;

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
            outcomes.add(millis + " ms: " + killPackAfter(millis, "target.tar.gz", "--force") + ", " + killPackAfter(millis, "fresh.tar.gz"));
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, previous) || Arrays.equals(now, complete), "a partial archive after a kill at " + millis + " ms");
            if (Files.exists(fresh)) {
                assertArrayEquals(complete, Files.readAllBytes(fresh), "a partial new archive after a kill at " + millis + " ms");
            }
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".tar.gz")).toList(),
                    "only archives, and hidden temporary files of killed runs, are left: " + outcomes);
        }
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("killed")), "some run was really killed while packing: " + outcomes);
    }

    /** Starts {@code capsule pack} of the SUSY example and kills it (SIGKILL) after the given time, unless it has finished. */
    private String killPackAfter(long millis, String output, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Launcher.SCRIPT.toString(), "pack", Examples.SUSY_4JETS.descriptor().toString(), "-o", output));
        command.addAll(List.of(more));
        Process pack = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (pack.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return "finished";
        }
        pack.destroyForcibly();
        pack.waitFor();
        return "killed";
    }
}
