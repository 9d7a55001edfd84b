package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps {@code capsule verify} of a small capsule short, through the real launcher: the class-data sharing archive
 * recorded by the first run, and the libraries a run does not need left unloaded (read from the JVM's class-loading
 * log).
 */
class StartUpTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void packTheExample() throws Exception {
        Launcher.Run run = Launcher.run(
                temp,
                Map.of("CAPSULE_CDS", "off"),
                "pack",
                Examples.HH_RESDNN_EVEN.descriptor().toString(),
                "-o",
                "hh.capsule.tar.gz");
        assertEquals(0, run.exitCode(), run.all());
    }

    @Test
    void theFirstRunRecordsTheClassesInAPrivateFolderAndLaterRunsMapThem() throws Exception {
        Map<String, String> cache =
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Launcher.Run first = Launcher.run(temp, cache, "verify", "hh.capsule.tar.gz");
        assertEquals(0, first.exitCode(), first.all());
        Path folder = temp.resolve("cache/capsule/cds");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (Stream<Path> archives = Files.list(folder)) {
            assertEquals(
                    1,
                    archives.filter(p -> p.getFileName().toString().matches("verify-[0-9a-f]{16}\\.jsa"))
                            .count());
        }

        Path log = temp.resolve("second.log");
        Launcher.Run second = Launcher.run(
                temp,
                Map.of("XDG_CACHE_HOME", cache.get("XDG_CACHE_HOME"), "JAVA_OPTS", "-Xlog:class+load:file=" + log),
                "verify",
                "hh.capsule.tar.gz");
        assertEquals(first.out(), second.out(), "the same report with the archive as without");
        assertEquals("", second.err());
        assertTrue(
                loaded(log).stream()
                        .anyMatch(line -> line.contains(
                                "hep.capsule.internal.verifier.Verifier source: shared objects file (top)")),
                "the verifier's classes come from the archive");
    }

    @Test
    void recordingAnArchiveKeepsOnlyTheNewestOneBeforeItOfTheSameSubCommand() throws Exception {
        Path folder = temp.resolve("pruned/capsule/cds");
        Files.createDirectories(
                folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<String> earlier = List.of(
                "verify-0000000000000001.jsa",
                "verify-0000000000000002.jsa",
                "verify-0000000000000003.jsa",
                "lint-0000000000000001.jsa");
        for (int i = 0; i < earlier.size(); i++) {
            Path archive = Files.writeString(folder.resolve(earlier.get(i)), "an earlier build's archive");
            Files.setLastModifiedTime(archive, FileTime.fromMillis(1_700_000_000_000L + 1000L * i));
        }
        Launcher.Run first = Launcher.run(
                temp, Map.of("XDG_CACHE_HOME", temp.resolve("pruned").toString()), "verify", "hh.capsule.tar.gz");
        assertEquals(0, first.exitCode(), first.all());
        try (Stream<Path> archives = Files.list(folder)) {
            List<String> left =
                    archives.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(3, left.size(), left.toString());
            assertTrue(
                    left.containsAll(List.of("lint-0000000000000001.jsa", "verify-0000000000000003.jsa")),
                    left.toString());
            assertEquals(
                    1,
                    left.stream()
                            .filter(name -> name.matches("verify-[0-9a-f]{16}\\.jsa") && !earlier.contains(name))
                            .count(),
                    "the new archive: " + left);
        }
    }

    /**
     * Without a private cache folder (here the cache path is a file), onnxruntime's libraries go to a temporary folder
     * that is removed once they are loaded; onnxruntime's own loader would leave an empty {@code onnxruntime-java*}
     * folder behind at every start.
     */
    @Test
    void withoutACacheFolderNothingIsLeftInTheTemporaryFolder() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "");
        Path javaTemp = Files.createDirectories(temp.resolve("java-temp"));
        Launcher.Run run = Launcher.run(
                temp,
                Map.of(
                        "XDG_CACHE_HOME",
                        notAFolder.toString(),
                        "CAPSULE_CDS",
                        "off",
                        "JAVA_OPTS",
                        "-Djava.io.tmpdir=" + javaTemp),
                "verify",
                "hh.capsule.tar.gz");
        assertTrue(run.out().contains("verdict: REPRODUCED"), run.all());
        try (Stream<Path> left = Files.list(javaTemp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnsignedCapsuleIsVerifiedWithoutBouncyCastleAndAFixityCheckWithoutAnyEngine() throws Exception {
        Path full = temp.resolve("full.log");
        Launcher.Run verify = Launcher.run(
                temp,
                Map.of("CAPSULE_CDS", "off", "JAVA_OPTS", "-Xlog:class+load:file=" + full),
                "verify",
                "hh.capsule.tar.gz");
        assertTrue(verify.out().contains("verdict: REPRODUCED"), verify.all());
        assertFalse(
                loaded(full).stream().anyMatch(line -> line.contains("org.bouncycastle")),
                "no signature, no BouncyCastle");

        Path fixity = temp.resolve("fixity.log");
        Launcher.Run check = Launcher.run(
                temp,
                Map.of("CAPSULE_CDS", "off", "JAVA_OPTS", "-Xlog:class+load:file=" + fixity),
                "verify",
                "--integrity-only",
                "hh.capsule.tar.gz");
        assertTrue(check.out().contains("verdict: INTACT"), check.all());
        assertFalse(
                loaded(fixity).stream()
                        .anyMatch(line -> line.contains(" ai.onnxruntime.")
                                || line.contains(" hep.capsule.internal.interpreter.")),
                "nothing is executed, so no engine is loaded");
    }

    private static List<String> loaded(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.size() > 100, "the JVM logged its class loading");
        return lines;
    }
}
