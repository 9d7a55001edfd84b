package hep.capsule.internal.runner.ort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The onnxruntime native library loads, and scores like this JVM does, in a JVM started with a command line far beyond
 * 8 KB and with ORT_DISABLE_TELEMETRY=1, as a packaged tool may be.
 */
class LongCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void nativeLibraryLoadsUnderALongCommandLine() throws Exception {
        String expected;
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            expected = HhOneEvent.describe(HhOneEvent.score(runner));
        }
        String dummies = IntStream.range(0, 200)
                .mapToObj(i -> dir.resolve("dummy-" + i + "-library-that-does-not-exist.jar")
                        .toString())
                .collect(Collectors.joining(File.pathSeparator));
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + dummies;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcapsule.test.padding=" + "p".repeat(9000),
                "-cp",
                classPath,
                HhOneEvent.class.getName()));
        int length = command.stream().mapToInt(String::length).sum() + command.size();
        assertTrue(classPath.length() > 8192 && length > 16384, "command line of " + length + " characters");

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ORT_DISABLE_TELEMETRY", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
        assertEquals(0, process.exitValue(), output);
        assertEquals(expected, output.strip());
    }
}
