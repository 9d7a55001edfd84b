package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference sets are read in batches, never whole: a capsule whose every reference tensor is larger than the whole Java
 * heap packs and verifies through the launcher with {@code -Xmx16m}. (The benchmark runs the full size, 10,000,000
 * events of 65 features, with {@code -Xmx512m}.)
 */
class SmallHeapTest {
    private static final int EVENTS = 500_000;
    private static final Map<String, String> SMALL_HEAP = Map.of("JAVA_OPTS", "-Xmx16m");

    @TempDir
    Path temp;

    @Test
    void aReferenceSetLargerThanTheHeapPacksAndVerifies() throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("big"));
        Path inputs = folder.resolve("raw_reference_inputs.npy");
        repeatRows(Files.readAllBytes(inputs), EVENTS, inputs);
        assertTrue(Files.size(inputs) > 16L << 20, "the physical inputs alone exceed the heap");
        Path weights = folder.resolve("reference_weights.npy");
        repeatRows(Files.readAllBytes(weights), EVENTS, weights);

        Launcher.Run pack = Launcher.run(temp, SMALL_HEAP, "pack", "big/capsule.yaml", "-o", "big.capsule.tar.gz");
        assertEquals(0, pack.exitCode(), pack.all());
        assertTrue(pack.out().contains("reference events executed: " + EVENTS), pack.out());
        Launcher.Run verify = Launcher.run(temp, SMALL_HEAP, "verify", "big.capsule.tar.gz");
        assertEquals(0, verify.exitCode(), verify.all());
        assertTrue(
                verify.out().contains(EVENTS + " of " + EVENTS + " elements bit-identical")
                        && verify.out().contains("verdict: REPRODUCED"),
                verify.out());
    }

    /** Writes an NPY file of {@code rows} events by repeating the events of {@code npy}, streaming. */
    private static void repeatRows(byte[] npy, int rows, Path target) throws IOException {
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        int storedRows = Integer.parseInt(header.replaceFirst("(?s).*'shape': \\((\\d+),.*", "$1"));
        assertEquals(0, rows % storedRows);
        String shape = "'shape': (" + storedRows + ",";
        String bigger = header.replace(shape, "'shape': (" + rows + ",");
        bigger = bigger.replace(" ".repeat(bigger.length() - header.length()) + "\n", "\n");
        assertEquals(header.length(), bigger.length(), "the header keeps its padded length");
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(npy, 0, 10);
            out.write(bigger.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < rows / storedRows; i++) {
                out.write(npy, 10 + headerLength, npy.length - 10 - headerLength);
            }
        }
    }
}
