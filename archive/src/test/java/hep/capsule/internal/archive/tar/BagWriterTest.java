package hep.capsule.internal.archive.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import hep.capsule.internal.archive.bag.BagAssembler;
import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagInfo;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.TagFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagWriterTest {
    private static final ArchiveSettings SETTINGS =
            new ArchiveSettings(Instant.parse("2021-06-17T00:00:00Z"), Compression.gzip(6));

    @TempDir
    Path temp;

    private static List<BagFile> bag() throws IOException {
        BagInfo info = new BagInfo(
                "test-capsule",
                "A test",
                "ATLAS Collaboration",
                "A. Physicist",
                "a.physicist@example.org",
                LocalDate.of(2021, 6, 17),
                "Capsule test");
        List<BagFile> payload = List.of(
                BagFile.of("data/models/nn.onnx", new byte[] {1, 2, 3}),
                BagFile.of("data/notes/line\nbreak.txt", "newline".getBytes(StandardCharsets.UTF_8)),
                BagFile.of("data/notes/jet p\u1d40.txt", "unicode".getBytes(StandardCharsets.UTF_8)));
        List<BagFile> tags = List.of(BagFile.of("capsule.json", "{}\n".getBytes(StandardCharsets.UTF_8)));
        return BagAssembler.assemble(info, payload, tags);
    }

    private static byte[] archive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicTar.write("test-capsule", bag(), SETTINGS, out);
        return out.toByteArray();
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        assertArrayEquals(archive(), archive());
    }

    @Test
    void gzipHeaderHasNoTimestamp() throws IOException {
        byte[] bytes = archive();
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0x8b, bytes[1] & 0xff);
        assertArrayEquals(new byte[4], java.util.Arrays.copyOfRange(bytes, 4, 8), "gzip MTIME must be 0");
    }

    @Test
    void extractedBagPassesBagitJavaAndSha256sum() throws Exception {
        Path archive = temp.resolve("test.capsule.tar.gz");
        Files.write(archive, archive());
        Path out = Files.createDirectories(temp.resolve("out"));
        run(out, "tar", "-xzf", archive.toString());
        Path bagFolder = out.resolve("test-capsule");

        Bag bag = new BagReader().read(bagFolder);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        assertEquals("", run(bagFolder, "sha256sum", "--quiet", "-c", "tagmanifest-sha256.txt"));
        String listed = Files.readString(bagFolder.resolve("manifest-sha256.txt"));
        assertTrue(listed.contains("data/notes/line%0Abreak.txt"), listed);
    }

    @Test
    void bagInfoNamesTheBagItProfileAndHoldsEveryFieldThePublishedProfileRequires() throws Exception {
        TagFile bagInfo = TagFile.parse(
                BagLayout.BAG_INFO_TXT,
                bag().stream()
                        .filter(f -> f.bagPath().equals(BagLayout.BAG_INFO_TXT))
                        .findFirst()
                        .orElseThrow()
                        .content()
                        .open()
                        .readAllBytes());
        JsonNode profile = new ObjectMapper()
                .readTree(Path.of("../docs/bagit-profile-capsule-1.json").toFile());
        assertEquals(
                BagLayout.BAGIT_PROFILE_IDENTIFIER,
                profile.at("/BagIt-Profile-Info/BagIt-Profile-Identifier").asText());
        assertEquals(List.of(BagLayout.BAGIT_PROFILE_IDENTIFIER), bagInfo.values("BagIt-Profile-Identifier"));
        List<String> written = bagInfo.tags().stream().map(TagFile.Tag::label).toList();
        List<String> inProfile = new java.util.ArrayList<>();
        profile.get("Bag-Info").fieldNames().forEachRemaining(inProfile::add);
        assertEquals(
                new java.util.TreeSet<>(inProfile),
                new java.util.TreeSet<>(written),
                "bag-info.txt writes exactly the profile's fields");
        List<String> algorithms =
                BagLayout.ALGORITHMS.stream().map(a -> a.bagitName()).toList();
        assertEquals(algorithms, new ObjectMapper().convertValue(profile.get("Manifests-Required"), List.class));
        assertEquals(algorithms, new ObjectMapper().convertValue(profile.get("Tag-Manifests-Required"), List.class));
    }

    @Test
    void tarEntriesAreSortedOwnedByRootAndTimestamped() throws Exception {
        Path archive = temp.resolve("test.capsule.tar.gz");
        Files.write(archive, archive());
        String listing = run(temp, "tar", "--numeric-owner", "--full-time", "-tvzf", archive.toString());
        List<String> lines = listing.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.contains(" 0/0 ") && l.contains("2021-06-17 00:00:00")), listing);
        assertTrue(lines.get(0).endsWith("test-capsule/"), listing);
    }

    private static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + output);
        return output;
    }
}
