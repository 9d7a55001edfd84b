package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds of the fuzz tests have a known origin: every file in a {@code *FuzzTestInputs} folder is listed in
 * {@code docs/fuzz-seeds.md} with its sha256, and a seed copied from another file of the repository still equals it.
 */
class FuzzSeedsTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (\\S+) \\| (.*) \\| ([0-9a-f]{64}) \\|$");
    private static final Pattern COPY = Pattern.compile("^copy of `([^`]+)`");

    record Seed(String origin, String sha256) {}

    @Test
    void everySeedIsListedWithItsSha256AndEveryCopyStillEqualsItsSource() throws IOException, NoSuchAlgorithmException {
        Path root = Examples.repositoryRoot();
        Map<String, Seed> listed = listed(root.resolve("docs/fuzz-seeds.md"));
        assertFalse(listed.isEmpty(), "docs/fuzz-seeds.md lists no seeds");
        TreeSet<String> unlisted = seedsIn(root);
        unlisted.removeAll(listed.keySet());
        assertEquals(Set.of(), unlisted, "seeds that docs/fuzz-seeds.md does not list");
        TreeSet<String> gone = new TreeSet<>(listed.keySet());
        gone.removeAll(seedsIn(root));
        assertEquals(Set.of(), gone, "seeds that docs/fuzz-seeds.md lists but the repository no longer has");
        for (Map.Entry<String, Seed> seed : listed.entrySet()) {
            assertEquals(seed.getValue().sha256(), sha256(root.resolve(seed.getKey())), seed.getKey());
            Matcher copy = COPY.matcher(seed.getValue().origin());
            if (copy.find()) {
                assertEquals(
                        seed.getValue().sha256(),
                        sha256(root.resolve(copy.group(1))),
                        seed.getKey() + " is no longer a copy of " + copy.group(1));
            }
        }
    }

    private static Map<String, Seed> listed(Path table) throws IOException {
        Map<String, Seed> seeds = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(table));
        while (row.find()) {
            seeds.put(row.group(1), new Seed(row.group(2), row.group(3)));
        }
        return seeds;
    }

    /** Every file in a {@code src/test/resources/**}{@code /*FuzzTestInputs} folder of a module. */
    private static TreeSet<String> seedsIn(Path root) throws IOException {
        TreeSet<String> seeds = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path resources : modules.map(m -> m.resolve("src/test/resources"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> resources.relativize(f).toString().contains("FuzzTestInputs/"))
                            .forEach(f -> seeds.add(root.relativize(f).toString()));
                }
            }
        }
        return seeds;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
