package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capsule image} for real: the SUSY example's image, built once with the launcher, unpacked with umoci and run
 * with runc (no network, read-only root, tmpfs /tmp, non-root), with nothing from the host but the image tarball (and,
 * for the forged and tampered capsules, that one file bind-mounted over the bundled one).
 */
class ImageTest {
    private static final String SUSY_OUTPUT = "data/reference/nn_4jets/outputs/39.npy";
    private static final int NPY_HEADER = 128;
    private static final String NAME = "capsule/atlas-susy-2019-04-4jets:1.0.0";
    private static final String BUNDLED = "/capsule/susy.capsule.tar.gz";

    @TempDir
    static Path temp;

    static Path archive;
    static Path image;
    static Runc runc;

    @BeforeAll
    static void buildOnce() throws Exception {
        archive = Examples.SUSY_4JETS.pack(temp.resolve("susy.capsule.tar.gz"));
        image = temp.resolve("image.tar");
        Launcher.Run built = Launcher.run(temp, "image", archive.toString(), "-o", image.toString());
        assertEquals(0, built.exitCode(), built.all());
        runc = Runc.unpack(image, NAME, temp.resolve("runc"));
    }

    @Test
    void theImageReproducesItsCapsuleLockedDown() throws Exception {
        JsonNode config = runc.config();
        assertTrue(config.get("process").get("user").get("uid").asInt() > 0, "runs as a non-root user");
        assertTrue(config.get("root").get("readonly").asBoolean());
        assertTrue(
                config.get("linux").get("namespaces").findValuesAsText("type").contains("network"),
                "its own network namespace");
        for (JsonNode mount : config.get("mounts")) {
            assertFalse(mount.get("type").asText().equals("bind"), "nothing from the host: " + mount);
        }

        Launcher.Run run = runc.run(null, null);

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: REPRODUCED"), run.all());
        assertTrue(run.out().contains("onnxruntime 1.28.0"), run.all());
    }

    @Test
    void aForgedOutputWithConsistentChecksumsIsNotReproducedInside() throws Exception {
        BagSurgery forged = BagSurgery.open(archive);
        ByteBuffer output = ByteBuffer.wrap(forged.files.get(SUSY_OUTPUT)).order(ByteOrder.LITTLE_ENDIAN);
        output.putFloat(NPY_HEADER + 4 * 417, 0.5f);
        Path file = temp.resolve("forged.tar.gz");
        forged.reseal().write(file);

        Launcher.Run run = runc.run(file, BUNDLED);

        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: NOT_REPRODUCED"), run.all());
    }

    @Test
    void aTamperedCapsuleIsInvalidInside() throws Exception {
        BagSurgery tampered = BagSurgery.open(archive);
        tampered.files.get(SUSY_OUTPUT)[NPY_HEADER + 10] ^= 0x01;
        Path file = temp.resolve("tampered.tar.gz");
        tampered.write(file);

        Launcher.Run run = runc.run(file, BUNDLED);

        assertEquals(4, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: INVALID") && run.out().contains(SUSY_OUTPUT), run.all());
    }

    @Test
    void argumentsAfterTheImageGoToVerify() throws Exception {
        Launcher.Run run = runc.run(null, null, "--integrity-only");

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("verdict: INTACT"), run.all());
    }

    @Test
    void rebuildingGivesTheSameBytes() throws Exception {
        Path again = temp.resolve("again.tar");
        Launcher.Run built = Launcher.run(temp, "image", archive.toString(), "-o", again.toString());
        assertEquals(0, built.exitCode(), built.all());

        assertEquals(-1, Files.mismatch(image, again), "two builds of the same capsule are byte-identical");
    }

    @Test
    void skopeoShowsTheLabels() throws Exception {
        JsonNode inspected =
                new ObjectMapper().readTree(Runc.command(List.of("skopeo", "inspect", "oci-archive:" + image)));
        JsonNode labels = inspected.get("Labels");

        assertEquals("linux", inspected.get("Os").asText());
        assertEquals("amd64", inspected.get("Architecture").asText());
        assertEquals(5, inspected.get("Layers").size());
        assertEquals("ATLAS-SUSY-2019-04-4jets", labels.get("hep.capsule.name").asText());
        assertEquals("1.0.0", labels.get("org.opencontainers.image.version").asText());
        assertEquals("2106.09609", labels.get("hep.capsule.arxiv").asText());
        assertEquals(sha256(archive), labels.get("hep.capsule.archive.sha256").asText());
        assertEquals(BUNDLED, labels.get("hep.capsule.archive.path").asText());
        assertTrue(
                labels.get("hep.capsule.image.inputs").asText().contains("onnxruntime-1.28.0.jar sha256:"),
                labels.toString());
    }

    @Test
    void inspectShowsTheLayersAndTheBundledCapsuleWithoutRunningIt() throws Exception {
        Launcher.Run run = Launcher.run(temp, "inspect", image.toString(), "--json");

        assertEquals(0, run.exitCode(), run.all());
        JsonNode inspected = new ObjectMapper().readTree(run.out());
        assertEquals(NAME, inspected.get("reference").asText());
        assertEquals("linux/amd64", inspected.get("platform").asText());
        assertEquals(
                List.of("system libraries", "java runtime", "onnxruntime native libraries", "capsule jars", "capsule"),
                inspected.get("layers").findValuesAsText("name"));
        long total = 0;
        for (JsonNode layer : inspected.get("layers")) {
            total += layer.get("bytes").asLong();
        }
        assertTrue(total < 60L << 20, "the SUSY example's image stays under 60 MB: " + total);
        assertEquals(
                "ATLAS-SUSY-2019-04-4jets", inspected.get("capsule").get("name").asText());
        assertEquals(sha256(archive), inspected.get("capsule").get("sha256").asText());
    }

    @Test
    void aDockerSaveTarballIsABase() throws Exception {
        Path base = temp.resolve("base-docker.tar");
        Runc.command(List.of("skopeo", "copy", "oci-archive:" + image, "docker-archive:" + base + ":capsule/base:1"));
        Path onBase = temp.resolve("on-base.tar");

        Launcher.Run built = Launcher.run(
                temp,
                "image",
                archive.toString(),
                "-o",
                onBase.toString(),
                "--base",
                base.toString(),
                "--name",
                "capsule/on-base:1");

        assertEquals(0, built.exitCode(), built.all());
        JsonNode inspected =
                new ObjectMapper().readTree(Runc.command(List.of("skopeo", "inspect", "oci-archive:" + onBase)));
        assertEquals(10, inspected.get("Layers").size(), "the base's five layers, then the image's own five");
        assertEquals(
                sha256(archive),
                inspected.get("Labels").get("hep.capsule.archive.sha256").asText());
    }

    @Test
    void anOciLayoutBaseAMissingPlatformANonCapsuleAndAnExistingOutputAreRefused() throws Exception {
        Launcher.Run oci = Launcher.run(
                temp,
                "image",
                archive.toString(),
                "-o",
                temp.resolve("on-oci.tar").toString(),
                "--base",
                image.toString());
        assertEquals(2, oci.exitCode(), oci.all());
        assertTrue(oci.err().contains("Jib cannot use as a base image"), oci.all());

        Launcher.Run riscv = Launcher.run(
                temp,
                "image",
                archive.toString(),
                "-o",
                temp.resolve("riscv.tar").toString(),
                "--platform",
                "linux/riscv64");
        assertEquals(2, riscv.exitCode(), riscv.all());
        assertTrue(
                riscv.err().contains("linux/riscv64")
                        && riscv.err().contains("linux/amd64")
                        && riscv.err().contains("linux/arm64"),
                riscv.all());
        Path notACapsule = Files.writeString(temp.resolve("notes.tar.gz"), "not a capsule");
        Launcher.Run notes = Launcher.run(
                temp,
                "image",
                notACapsule.toString(),
                "-o",
                temp.resolve("notes.tar").toString());
        assertEquals(2, notes.exitCode(), notes.all());
        assertTrue(
                notes.err().contains(notACapsule.toString()) && notes.err().contains("not a readable capsule"),
                notes.all());

        Launcher.Run exists = Launcher.run(temp, "image", archive.toString(), "-o", image.toString());
        assertEquals(2, exists.exitCode(), exists.all());
        assertTrue(exists.err().contains("--force"), exists.all());
        assertFalse(
                Files.exists(temp.resolve("on-oci.tar"))
                        || Files.exists(temp.resolve("riscv.tar"))
                        || Files.exists(temp.resolve("notes.tar")),
                "no output on a refusal");
    }

    private static String sha256(Path file) throws Exception {
        return DigestAlgorithm.hex(DigestAlgorithm.SHA256.newDigest().digest(Files.readAllBytes(file)));
    }
}
