package hep.capsule.internal.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The interpreter gives the same bits under another JDK: what verifying years later looks like. */
class CrossJdkTest {
    static final Path OTHER_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @Test
    void anotherJdkComputesTheSameBitsOnTheCorpusModels() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(OTHER_JDK), "no second JDK at " + OTHER_JDK);
        Process process = new ProcessBuilder(List.of(
                        OTHER_JDK.toString(), "-cp", System.getProperty("java.class.path"), CorpusBits.class.getName()))
                .redirectErrorStream(true)
                .start();
        String childOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), childOutput);
        assertEquals(
                CorpusBits.digest(), childOutput, "JDK " + System.getProperty("java.version") + " vs " + OTHER_JDK);
        System.out.print(
                "same bits under " + System.getProperty("java.version") + " and " + OTHER_JDK + ":\n" + childOutput);
    }
}
