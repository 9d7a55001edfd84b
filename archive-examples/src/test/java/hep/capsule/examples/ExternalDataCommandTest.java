package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A capsule may make Capsule read no file outside it (issue 15). Through the real launcher and onnxruntime: hostile
 * archives whose model keeps its weights in "external data" are verified in a working folder that holds the file they
 * name, and each is INVALID with nothing of that file in any report; capsule pack and init make a model with external
 * data beside it self-contained, and refuse data from anywhere else.
 */
class ExternalDataCommandTest {
    /**
     * What the verifier's working folder holds under every name the hostile models use, 16 times over: as many bytes as
     * the weights.
     */
    private static final String SECRET = "TOPSECRET-KEY-42";

    private static final Duration NO_HANG = Duration.ofSeconds(180);

    @TempDir
    static Path temp;

    static Path plain;
    static String modelPath;
    static Path victim;

    @BeforeAll
    static void packAPlainCapsuleAndFillAWorkingFolderWithSecrets() throws Exception {
        Path source = Files.createDirectories(temp.resolve("plain"));
        Files.write(source.resolve("model.onnx"), ExternalDataModels.inline());
        writeInputs(source);
        assertEquals(
                0,
                Launcher.run(source, "init", "--model", "model.onnx", "--inputs", "x.npy", "-o", ".")
                        .exitCode());
        plain = temp.resolve("plain.tar.gz");
        Launcher.Run pack = Launcher.run(source, "pack", "capsule.yaml", "-o", plain.toString(), "--draft");
        assertEquals(0, pack.exitCode(), pack.all());
        modelPath = BagSurgery.open(plain).files.keySet().stream()
                .filter(p -> p.endsWith(".onnx"))
                .findFirst()
                .orElseThrow();

        victim = Files.createDirectories(temp.resolve("victim-home"));
        for (String name : List.of(
                "victim/secret.bin", "victim/deeper/secret.bin", "model.onnx", "data/reference/model/inputs/x.npy")) {
            Files.createDirectories(victim.resolve(name).getParent());
            Files.writeString(victim.resolve(name), SECRET.repeat(16), StandardCharsets.US_ASCII);
        }
        mkfifo(victim.resolve("victim/fifo"));
    }

    static Stream<Arguments> hostileModels() {
        String secret = "victim/secret.bin";
        return Stream.of(
                hostile(
                        "a relative location",
                        ExternalDataModels.external(secret, "0", ExternalDataModels.LENGTH),
                        secret),
                hostile(
                        "a ./ location",
                        ExternalDataModels.external("./" + secret, "0", ExternalDataModels.LENGTH),
                        "./" + secret),
                hostile(
                        "a nested location",
                        ExternalDataModels.external("victim/deeper/secret.bin", "0", ExternalDataModels.LENGTH),
                        "victim/deeper/secret.bin"),
                hostile(
                        "a location naming the model's neighbour in the bag",
                        ExternalDataModels.external("model.onnx", "0", ExternalDataModels.LENGTH),
                        "model.onnx"),
                hostile(
                        "a location naming a bag file from the bag's top",
                        ExternalDataModels.external(ExternalDataModels.entries(
                                "data/reference/model/inputs/x.npy", "0", ExternalDataModels.LENGTH)),
                        "data/reference/model/inputs/x.npy"),
                hostile(
                        "a location naming a FIFO",
                        ExternalDataModels.external("victim/fifo", "0", ExternalDataModels.LENGTH),
                        "victim/fifo"),
                hostile(
                        "an offset beyond the file",
                        ExternalDataModels.external(secret, "1000000", ExternalDataModels.LENGTH),
                        secret),
                hostile(
                        "a length beyond the file",
                        ExternalDataModels.external(secret, "8", ExternalDataModels.LENGTH),
                        secret),
                hostile("a huge length", ExternalDataModels.external(secret, "0", "9223372036854775807"), secret),
                hostile(
                        "an absolute location",
                        ExternalDataModels.external("/etc/hostname", "0", ExternalDataModels.LENGTH),
                        "/etc/hostname"),
                hostile("a Constant node's value", ExternalDataModels.externalConstant(secret), secret));
    }

    private static Arguments hostile(String what, byte[] model, String location) {
        return Arguments.of(what, model, location);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileModels")
    void isInvalidAndNothingOfTheNamedFileReachesAnyReport(String what, byte[] model, String location)
            throws Exception {
        Path archive = hostileArchive(what, model);
        Launcher.Run run = assertTimeoutPreemptively(
                NO_HANG,
                () -> Launcher.run(
                        victim,
                        "verify",
                        archive.toString(),
                        "--json",
                        temp.resolve("report.json").toString(),
                        "--junit",
                        temp.resolve("report.xml").toString()),
                what);
        String json = Files.readString(temp.resolve("report.json"));
        String junit = Files.readString(temp.resolve("report.xml"));

        assertEquals(4, run.exitCode(), what + ": " + run.all());
        assertTrue(run.out().contains("verdict: INVALID"), run.out());
        assertTrue(json.contains("\"verdict\" : \"INVALID\""), json);
        assertTrue(junit.contains("INVALID"), junit);
        String finding = modelPath + ": the model does not load: " + modelPath + ": tensor \"";
        String rule = "keeps its data in an external file \"" + location + "\"";
        assertTrue(run.out().contains(finding) && run.out().contains(rule), what + ": " + run.out());
        JsonNode first = new ObjectMapper()
                .readTree(json)
                .get("archives")
                .get(0)
                .get("checks")
                .get(3)
                .get("findings")
                .get(0);
        assertEquals("MODEL_DOES_NOT_LOAD", first.get("code").asText(), what + ": " + json);
        assertEquals(modelPath, first.get("file").asText(), what + ": " + json);
        assertTrue(first.get("message").asText().contains(rule), what + ": " + json);
        for (String report : List.of(run.all(), json, junit)) {
            assertFalse(
                    report.contains("TOPSECRET")
                            || report.contains("recomputed")
                            || report.contains("first difference"),
                    what + ": a value derived from the file reached a report: " + report);
        }
        assertTrue(run.out().contains("reproduction     SKIPPED"), "the model never ran: " + run.out());
    }

    /** Several archives are verified in worker processes, in the same working folder: the same rule holds there. */
    @Test
    void workerProcessesRefuseThemToo() throws Exception {
        List<String> command = new ArrayList<>(List.of("verify"));
        List<Arguments> cases = hostileModels().toList();
        for (int i = 0; i < cases.size(); i++) {
            Path archive = hostileArchive("case-" + i, (byte[]) cases.get(i).get()[1]);
            command.add(archive.toString());
        }
        command.add(plain.toString());
        Launcher.Run run =
                assertTimeoutPreemptively(NO_HANG, () -> Launcher.run(victim, command.toArray(String[]::new)));
        assertEquals(4, run.exitCode(), run.all());
        assertEquals(
                cases.size(),
                run.out()
                        .lines()
                        .filter(line -> line.contains("INVALID") && line.contains("hostile-case-"))
                        .count(),
                run.out());
        assertFalse(run.all().contains("TOPSECRET") || run.all().contains("recomputed"), run.all());
    }

    @Test
    void packAndInitMakeAModelWithExternalDataBesideItSelfContained() throws Exception {
        Path source = Files.createDirectories(temp.resolve("beside"));
        Files.createDirectories(source.resolve("weights"));
        ByteBuffer weights = ByteBuffer.allocate(16 + ExternalDataModels.WEIGHTS.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        weights.put("sixteen padding!".getBytes(StandardCharsets.US_ASCII));
        for (float w : ExternalDataModels.WEIGHTS) {
            weights.putFloat(w);
        }
        Files.write(source.resolve("weights/w.bin"), weights.array());
        Files.write(
                source.resolve("model.onnx"),
                ExternalDataModels.external("weights/w.bin", "16", ExternalDataModels.LENGTH));
        writeInputs(source);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        String notice = "capsule: warning: " + source.resolve("model.onnx")
                + ": 1 tensor(s) keep their data in files beside the model"
                + " (tensor \"w\" (graph, initializer) keeps its data in an external file "
                + "\"weights/w.bin\"); capsule pack writes that"
                + " data into the archived model, so that the archive is self-contained";

        Launcher.Run init = Launcher.run(
                elsewhere,
                "init",
                "--model",
                source.resolve("model.onnx").toString(),
                "--inputs",
                source.resolve("x.npy").toString(),
                "-o",
                source.toString());
        assertEquals(0, init.exitCode(), init.all());
        assertTrue(init.err().contains(notice), init.err());
        Path archive = temp.resolve("beside.tar.gz");
        Launcher.Run pack = Launcher.run(
                elsewhere, "pack", source.resolve("capsule.yaml").toString(), "-o", archive.toString(), "--draft");
        assertEquals(0, pack.exitCode(), pack.all());
        assertTrue(pack.err().contains(notice), pack.err());

        byte[] archived = BagSurgery.open(archive).files.get(modelPath);
        assertEquals(List.of(), ExternalTensor.in(archived), "the archived model holds its data");
        Launcher.Run again = Launcher.run(
                elsewhere, "pack", source.resolve("capsule.yaml").toString(), "-o", "again.tar.gz", "--draft");
        assertArrayEquals(
                Files.readAllBytes(archive), Files.readAllBytes(elsewhere.resolve("again.tar.gz")), again.all());

        Path empty = Files.createDirectories(temp.resolve("empty"));
        Launcher.Run verify = Launcher.run(empty, "verify", archive.toString());
        assertEquals(0, verify.exitCode(), verify.all());
        assertTrue(verify.out().contains("verdict: REPRODUCED"), verify.out());
    }

    static Stream<Arguments> refusedLocations() {
        return Stream.of(
                Arguments.of("../outside.bin", "it leaves the model's folder"),
                Arguments.of("link.bin", "it is a link that leads out of the model's folder"),
                Arguments.of("fifo.bin", "it is not a regular file"),
                Arguments.of("OUTSIDE", "it is an absolute path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLocations")
    void packAndInitRefuseDataFromAnywhereElseWithTheSameMessage(String location, String reason) throws Exception {
        Path root = Files.createTempDirectory(temp, "refused");
        Path source = Files.createDirectories(root.resolve("model"));
        Files.writeString(root.resolve("outside.bin"), SECRET.repeat(16), StandardCharsets.US_ASCII);
        Files.createSymbolicLink(source.resolve("link.bin"), root.resolve("outside.bin"));
        mkfifo(source.resolve("fifo.bin"));
        String named = location.equals("OUTSIDE") ? root.resolve("outside.bin").toString() : location;
        writeInputs(source);
        Files.copy(temp.resolve("plain/capsule.yaml"), source.resolve("capsule.yaml"));
        Files.write(source.resolve("model.onnx"), ExternalDataModels.external(named, "0", ExternalDataModels.LENGTH));
        String message = source.resolve("model.onnx")
                + ": tensor \"w\" (graph, initializer) keeps its data in an external file \"" + named
                + "\", which is refused: " + reason;

        Launcher.Run pack = assertTimeoutPreemptively(
                NO_HANG,
                () -> Launcher.run(
                        root, "pack", source.resolve("capsule.yaml").toString(), "-o", "refused.tar.gz", "--draft"));
        assertEquals(2, pack.exitCode(), pack.all());
        assertTrue(pack.err().contains(message), pack.err());
        assertFalse(Files.exists(root.resolve("refused.tar.gz")));
        Launcher.Run init = assertTimeoutPreemptively(
                NO_HANG,
                () -> Launcher.run(
                        root,
                        "init",
                        "--model",
                        source.resolve("model.onnx").toString(),
                        "--inputs",
                        source.resolve("x.npy").toString(),
                        "-o",
                        "again"));
        assertEquals(2, init.exitCode(), init.all());
        assertTrue(init.err().contains(message), init.err());
        assertFalse(pack.all().contains("TOPSECRET") || init.all().contains("TOPSECRET"));
    }

    private static Path hostileArchive(String what, byte[] model) throws IOException {
        BagSurgery bag = BagSurgery.open(plain);
        bag.files.put(modelPath, model);
        Path archive = temp.resolve("hostile-" + what.replaceAll("[^a-z0-9-]", "_") + ".tar.gz");
        bag.reseal().write(archive);
        return archive;
    }

    private static void writeInputs(Path folder) throws IOException {
        ByteBuffer values = ByteBuffer.allocate(8 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : new float[] {1, 2, -0.5f, 3, 0.125f, -7, 10, 0.75f}) {
            values.putFloat(v);
        }
        Files.write(
                folder.resolve("x.npy"),
                Npy.encode(new Tensor(ElementType.FLOAT32, new long[] {4, 2}, values.array())));
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
    }
}
