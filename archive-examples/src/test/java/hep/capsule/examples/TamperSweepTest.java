package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte flips across every file of a real capsule, and truncations of the archive: not one of them may come out as
 * anything but INVALID.
 */
class TamperSweepTest {
    private static final int SMALL_FILE = 4096;
    private static final int POSITIONS_IN_LARGE_FILES = 1500;
    /**
     * Plots are large, many and informative (checked only by the manifests, like every payload file): fewer positions
     * each.
     */
    private static final int POSITIONS_IN_PLOTS = 100;

    @TempDir
    static Path temp;

    static Path archive;
    static BagSurgery hh;

    @BeforeAll
    static void packOnce() throws Exception {
        archive = Examples.HH_RESDNN_EVEN.pack(temp.resolve("hh.tar.gz"));
        hh = BagSurgery.open(archive);
    }

    /** A byte to flip: which file and where. */
    private record Flip(String path, int position) {}

    /** Every byte of each small file; evenly spread positions, first and last byte included, in each large one. */
    private static List<Flip> flips() {
        List<Flip> flips = new ArrayList<>();
        hh.files.forEach((path, bytes) -> {
            if (bytes.length <= SMALL_FILE) {
                IntStream.range(0, bytes.length).forEach(i -> flips.add(new Flip(path, i)));
            } else {
                int positions =
                        path.startsWith(BagLayout.PLOTS_DIRECTORY) ? POSITIONS_IN_PLOTS : POSITIONS_IN_LARGE_FILES;
                IntStream.range(0, positions)
                        .forEach(k ->
                                flips.add(new Flip(path, (int) ((long) k * (bytes.length - 1) / (positions - 1)))));
            }
        });
        return flips;
    }

    @Test
    void noFlippedByteAnywhereComesOutAsAnythingButInvalid() throws Exception {
        List<Flip> flips = flips();
        assertTrue(flips.size() >= 10_000, "at least ten thousand positions: " + flips.size());
        Map<Flip, String> escaped = new ConcurrentHashMap<>();
        AtomicInteger counter = new AtomicInteger();
        Verifier verifier = new Verifier(scratch());
        flips.parallelStream().forEach(flip -> {
            BagSurgery tampered = hh.copy();
            tampered.files.get(flip.path())[flip.position()] ^= (byte) 0x20;
            try {
                Path file = scratchFile("flip-" + counter.incrementAndGet() + ".tar.gz");
                tampered.write(file, Compression.gzip(1));
                ArchiveReport report = verifier.verify(file);
                Files.delete(file);
                if (report.verdict() != Verdict.INVALID || !report.reason().contains(flip.path())) {
                    escaped.put(flip, report.verdict() + ": " + report.reason());
                }
            } catch (Exception e) {
                escaped.put(flip, e.toString());
            }
        });
        assertEquals(Map.of(), escaped, "flips that were not caught as INVALID naming the file");
    }

    private static Path scratchFile(String name) {
        return scratch()
                .scratch()
                .orElse(temp)
                .resolve("capsule-sweep-" + ProcessHandle.current().pid() + "-" + name);
    }

    /** In memory where the machine offers it: ten thousand verifications need not touch the disk. */
    private static VerifyOptions scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm)
                ? VerifyOptions.defaults().withScratch(shm)
                : VerifyOptions.defaults();
    }

    @Test
    void everyTruncationIsInvalid() throws Exception {
        byte[] whole = Files.readAllBytes(archive);
        List<Integer> cuts = new ArrayList<>();
        IntStream.range(0, 64).forEach(cuts::add);
        IntStream.range(whole.length - 64, whole.length).forEach(cuts::add);
        IntStream.range(1, 400).forEach(k -> cuts.add((int) ((long) k * whole.length / 400)));
        Verifier verifier = new Verifier(VerifyOptions.defaults());
        List<String> escaped = new ArrayList<>();
        for (int cut : cuts.stream().distinct().toList()) {
            Path file = temp.resolve("cut.tar.gz");
            Files.write(file, Arrays.copyOf(whole, cut));
            ArchiveReport report = verifier.verify(file);
            if (report.verdict() != Verdict.INVALID) {
                escaped.add(cut + " bytes: " + report.verdict());
            }
        }
        assertEquals(List.of(), escaped);
    }
}
