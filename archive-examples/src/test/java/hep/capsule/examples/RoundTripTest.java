package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import hep.capsule.internal.archive.bag.BagDigests;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.schema.ReportSchema;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each real example packs, verifies as REPRODUCED, repacks byte for byte, and is a valid BagIt bag. */
class RoundTripTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Examples.class)
    void packThenVerifyIsReproducedLeavesTheArchiveAsItWasAndTheReportFollowsItsSchema(Examples example)
            throws Exception {
        Path archive = example.pack(temp.resolve("capsule.tar.gz"));
        byte[] before = Files.readAllBytes(archive);
        ArchiveReport report = new Verifier(VerifyOptions.defaults()).verify(archive);
        assertArrayEquals(before, Files.readAllBytes(archive), "verification never changes the archive it reads");

        assertEquals(Verdict.REPRODUCED, report.verdict(), report.toString());
        assertTrue(
                report.outputs().stream()
                        .anyMatch(o -> o.kind() == OutputReport.Kind.REFERENCE_OUTPUT
                                && o.comparison().elements() == 1000
                                && o.comparison().isBitExact()),
                report.toString());
        byte[] json = ReportJson.write(VerificationReport.of(CapsuleVersion.current(), List.of(report)));
        assertEquals(List.of(), ReportSchema.problems(json), new String(json, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Examples.class)
    void packingTwiceGivesByteIdenticalArchivesAndLeavesTheInputsUntouched(Examples example) throws Exception {
        Map<String, String> before = hashes(example.folder());
        byte[] first = Files.readAllBytes(example.pack(temp.resolve("first.tar.gz")));
        byte[] second = Files.readAllBytes(example.pack(temp.resolve("second.tar.gz")));
        assertArrayEquals(first, second);
        assertEquals(before, hashes(example.folder()), "packing must not change its inputs");
    }

    @ParameterizedTest
    @EnumSource(Examples.class)
    void theExtractedBagPassesBagitJavaAndTheChecksReadmeTxtDescribes(Examples example) throws Exception {
        Path archive = example.pack(temp.resolve("capsule.tar.gz"));
        run(temp, "tar", "-xzf", archive.toString());
        Path bag;
        try (Stream<Path> folders = Files.list(temp)) {
            bag = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(new BagReader().read(bag), false);
        }
        String readme = Files.readString(bag.resolve("README.txt"));
        for (String command : List.of(
                "sha256sum -c tagmanifest-sha256.txt",
                "sha256sum -c manifest-sha256.txt",
                "sha512sum -c tagmanifest-sha512.txt",
                "sha512sum -c manifest-sha512.txt")) {
            assertTrue(readme.contains(command), "README.txt must tell a person to run " + command);
            String[] words = command.split(" ");
            String output = run(bag, words[0], "--strict", words[1], words[2]);
            assertTrue(output.lines().allMatch(l -> l.endsWith(": OK")), output);
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(
                        folder.relativize(file).toString(),
                        BagDigests.of(Files.readAllBytes(file)).get(DigestAlgorithm.SHA256));
            }
        }
        return hashes;
    }

    static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
