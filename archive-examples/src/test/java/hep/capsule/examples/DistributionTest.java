package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relocatable distribution: built twice with the same bytes, unpacked into an empty folder, it verifies the SUSY
 * example with no PATH, no JAVA_HOME and no other environment variable.
 */
class DistributionTest {
    @TempDir
    Path temp;

    @Test
    void theUnpackedDistributionVerifiesWithoutJavaOrPath() throws Exception {
        Path tarball = temp.resolve("capsule.tar.gz");
        Launcher.Run built = Launcher.run(temp, "distribution", "-o", tarball.toString());
        assertEquals(0, built.exitCode(), built.all());
        Path again = temp.resolve("again.tar.gz");
        Launcher.Run rebuilt = Launcher.run(temp, "distribution", "-o", again.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.all());
        assertEquals(-1, Files.mismatch(tarball, again), "two builds of the distribution are byte-identical");

        Path unpacked = Files.createDirectories(temp.resolve("empty"));
        Runc.command(List.of("tar", "-xzf", tarball.toString(), "-C", unpacked.toString()));
        Path top;
        try (var folders = Files.list(unpacked)) {
            top = folders.findFirst().orElseThrow();
        }
        assertTrue(top.getFileName().toString().matches("capsule-.+-linux-x86_64"), top.toString());
        Path archive = Examples.SUSY_4JETS.pack(temp.resolve("susy.capsule.tar.gz"));

        ProcessBuilder builder = new ProcessBuilder(top.resolve("bin/capsule").toString(), "verify", archive.toString())
                .directory(temp.toFile());
        builder.environment().clear();
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String all = out + new String(err.join(), StandardCharsets.UTF_8);

        assertEquals(0, exit, all);
        assertTrue(out.contains("verdict: REPRODUCED"), all);
        assertTrue(out.contains("onnxruntime 1.28.0"), all);
    }
}
