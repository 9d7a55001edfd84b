package hep.capsule.examples;

import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.FLOAT;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrInt;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.attrTensor;
import static hep.capsule.internal.runner.onnx.OnnxModelBuilder.floatTensor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.PackResult;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models that ask for far more memory than the budget, in a capsule whose checksums match: each is refused by
 * {@code capsule verify} (INVALID, naming the model, the node and the size) in seconds, with the verifying process's
 * peak resident memory measured by GNU time, and by {@code capsule pack}. Every model has the HH example's interface:
 * input [N, 10], output dense_3 [N, 1]; the HH reference set has 1000 events, run in batches of up to 1024.
 */
class ModelMemoryBudgetTest {
    private static final String MODEL = "data/models/resdnn_even/ANA-HIGP-2024-32_resDNN_model_even.onnx";
    private static final String MODEL_FILE = "ANA-HIGP-2024-32_resDNN_model_even.onnx";
    /**
     * What the verifying process may hold beyond the budget: the JVM (heap as it grows, classes, compiled code),
     * onnxruntime's libraries and the unpacked archive's buffers. A normal verify of this capsule peaks at about 300
     * MiB.
     */
    private static final long OVERHEAD = 1L << 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static BagSurgery hh;

    @BeforeAll
    static void packOnce() throws Exception {
        hh = BagSurgery.open(Examples.HH_RESDNN_EVEN.pack(temp.resolve("hh.tar.gz")));
    }

    /** The sum of each event's inputs, [N, 1], for the models to end in. */
    private static OnnxModelBuilder hhInterface() {
        return new OnnxModelBuilder(14)
                .input("input", FLOAT, -1, 10)
                .output("dense_3", FLOAT, -1, 1)
                .longs("features", new long[] {1}, 1)
                .node("ReduceSum", List.of("input", "features"), List.of("row_sum"));
    }

    /** 20000 x 100000 floats (8 GB) made from a 2-element shape, summed to one number. */
    static byte[] constantOfShape() {
        return hhInterface()
                .longs("bomb_shape", new long[] {2}, 20000, 100000)
                .node(
                        "ConstantOfShape",
                        List.of("bomb_shape"),
                        List.of("bomb"),
                        attrTensor("value", floatTensor(new long[] {1}, 1f)))
                .node("ReduceSum", List.of("bomb"), List.of("bomb_sum"), attrInt("keepdims", 0))
                .node("Add", List.of("row_sum", "bomb_sum"), List.of("dense_3"))
                .build();
    }

    /** Each event's sum broadcast to 100,000,000 columns (400 MB an event), summed again. */
    static byte[] expand() {
        return hhInterface()
                .longs("wide", new long[] {2}, 1, 100_000_000)
                .node("Expand", List.of("row_sum", "wide"), List.of("bomb"))
                .node("ReduceSum", List.of("bomb", "features"), List.of("dense_3"))
                .build();
    }

    /** Each event's 10 inputs repeated 10,000,000 times (400 MB an event), summed. */
    static byte[] tile() {
        return hhInterface()
                .longs("repeats", new long[] {2}, 1, 10_000_000)
                .node("Tile", List.of("input", "repeats"), List.of("bomb"))
                .node("ReduceSum", List.of("bomb", "features"), List.of("dense_3"))
                .build();
    }

    /**
     * input [N, 10] x [10, 1000000] x [1000000, 1]: a hidden layer of a million units, 4 MB an event, weights made by
     * Expand.
     */
    static byte[] matMulChain() {
        return hhInterface()
                .floats("weight", new long[] {1, 1}, 0.001f)
                .longs("w1_shape", new long[] {2}, 10, 1_000_000)
                .longs("w2_shape", new long[] {2}, 1_000_000, 1)
                .node("Expand", List.of("weight", "w1_shape"), List.of("w1"))
                .node("Expand", List.of("weight", "w2_shape"), List.of("w2"))
                .node("MatMul", List.of("input", "w1"), List.of("hidden"))
                .node("MatMul", List.of("hidden", "w2"), List.of("dense_3"))
                .build();
    }

    /**
     * {@code count} floats, a size computed from the data (the largest input times 0, plus count), which the shape
     * rules cannot know before the model runs. The portable witness does not implement ReduceMax, so a capsule of this
     * model has no witness outputs.
     */
    static byte[] sizeFromTheData(float count) {
        return hhInterface()
                .floats("zero", new long[0], 0f)
                .floats("billion", new long[0], count)
                .longs("one_dim", new long[] {1}, 1)
                .node("ReduceMax", List.of("input"), List.of("largest"), attrInt("keepdims", 0))
                .node("Mul", List.of("largest", "zero"), List.of("nothing"))
                .node("Add", List.of("nothing", "billion"), List.of("count"))
                .node("Cast", List.of("count"), List.of("count_int"), attrInt("to", OnnxModelBuilder.INT64))
                .node("Reshape", List.of("count_int", "one_dim"), List.of("bomb_shape"))
                .node(
                        "ConstantOfShape",
                        List.of("bomb_shape"),
                        List.of("bomb"),
                        attrTensor("value", floatTensor(new long[] {1}, 1f)))
                .node("ReduceSum", List.of("bomb"), List.of("bomb_sum"), attrInt("keepdims", 0))
                .node("Add", List.of("row_sum", "bomb_sum"), List.of("dense_3"))
                .build();
    }

    /**
     * init loads the model in onnxruntime, which folds constants while loading: the constant bomb is refused before.
     */
    @Test
    void initRefusesAConstantBomb() throws Exception {
        Path model = temp.resolve("init-bomb.onnx");
        Files.write(model, constantOfShape());
        Path inputs = Examples.HH_RESDNN_EVEN.folder().resolve("raw_reference_inputs.npy");

        Launcher.Run init = Launcher.run(
                temp, "init", "--model", model.toString(), "--inputs", inputs.toString(), "-o", "init-out");

        assertEquals(2, init.exitCode(), init.all());
        assertTrue(
                init.err()
                        .contains(model
                                + " (read as onnx): init-bomb.onnx: node ConstantOfShape_1 "
                                + "(ConstantOfShape) would make the tensor"
                                + " 'bomb' of shape [20000, 100000] FLOAT, 8000000000 bytes (7.45 "
                                + "GiB), more than the model memory budget of 2 GiB"),
                init.err());
        assertTrue(Files.notExists(temp.resolve("init-out/capsule.yaml")));
    }

    /**
     * A capsule packed with 10 floats, whose model then asks for 1,000,000,000 (4 GB): onnxruntime is stopped by the
     * data-segment limit.
     */
    @Test
    void aSizeComputedFromTheDataIsStoppedByTheDataSegmentLimit() throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("from-data"));
        Files.write(folder.resolve(MODEL_FILE), sizeFromTheData(10));
        PackResult packed =
                Packager.pack(PackOptions.of(folder.resolve("capsule.yaml"), temp.resolve("from-data-packed.tar.gz")));
        assertTrue(
                packed.warnings().get(0).contains("ReduceMax"),
                packed.warnings().toString());
        BagSurgery bag = BagSurgery.open(temp.resolve("from-data-packed.tar.gz"));
        bag.files.put(MODEL, sizeFromTheData(1e9f));
        Path archive = temp.resolve("from-data.tar.gz");
        bag.reseal().write(archive);
        Path report = temp.resolve("from-data.json");
        long heap = 256L << 20;
        long budget = 512L << 20;

        Launcher.Measured measured = Launcher.measured(
                temp,
                Map.of("JAVA_OPTS", "-Xmx256m"),
                "verify",
                archive.toString(),
                "--max-model-memory",
                "512M",
                "--json",
                report.toString());

        assertEquals(4, measured.run().exitCode(), measured.run().all());
        JsonNode entry = JSON.readTree(report.toFile()).get("archives").get(0);
        assertEquals("INVALID", entry.get("verdict").asText());
        String reason = entry.get("reason").asText();
        assertTrue(reason.startsWith("resdnn_even: onnxruntime failed on the reference inputs: " + MODEL), reason);
        assertTrue(
                reason.endsWith("ConstantOfShape node. Name:'ConstantOfShape_6' Status Message: std::bad_alloc"),
                reason);
        assertTrue(
                measured.peakResidentBytes() < heap + budget + (1L << 30),
                "peak resident memory " + measured.peakResidentBytes());
        System.out.println("a size from the data: " + reason + "; peak resident memory "
                + measured.peakResidentBytes() / (1 << 20) + " MiB");
    }

    static Stream<Arguments> hostileModels() {
        return Stream.of(
                Arguments.of(
                        "ConstantOfShape",
                        constantOfShape(),
                        "'bomb' of shape [20000, 100000] FLOAT, 8000000000 bytes"),
                Arguments.of("Expand", expand(), "'bomb' of shape [1000, 100000000] FLOAT, 400000000000 bytes"),
                Arguments.of("Tile", tile(), "'bomb' of shape [1000, 100000000] FLOAT, 400000000000 bytes"),
                Arguments.of("MatMul", matMulChain(), "'hidden' of shape [1000, 1000000] FLOAT, 4000000000 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileModels")
    void verifyRefusesTheModelInSecondsWithinTheBudget(String operator, byte[] model, String tensor) throws Exception {
        BagSurgery bag = hh.copy();
        bag.files.put(MODEL, model);
        Path archive = temp.resolve(operator + ".tar.gz");
        bag.reseal().write(archive);
        Path report = temp.resolve(operator + ".json");

        long start = System.nanoTime();
        Launcher.Measured measured =
                Launcher.measured(temp, Map.of(), "verify", archive.toString(), "--json", report.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(4, measured.run().exitCode(), measured.run().all());
        JsonNode entry = JSON.readTree(report.toFile()).get("archives").get(0);
        assertEquals("INVALID", entry.get("verdict").asText());
        assertEquals(
                ModelMemoryBudget.DEFAULT.bytes(),
                entry.get("model_memory_budget").asLong());
        JsonNode modelInterface = entry.get("checks").get(3);
        assertEquals("model-interface", modelInterface.get("check").asText());
        assertEquals("FAILED", modelInterface.get("status").asText());
        JsonNode first = modelInterface.get("findings").get(0);
        assertEquals("MODEL_MEMORY_EXCEEDED", first.get("code").asText(), first.toString());
        assertEquals(MODEL, first.get("file").asText());
        String finding = first.get("message").asText();
        assertTrue(finding.startsWith("model resdnn_even (" + MODEL + "): node "), finding);
        assertTrue(finding.contains("(" + operator + ") would make the tensor " + tensor), finding);
        assertTrue(
                finding.endsWith(
                        "more than the model memory budget of 2 GiB (--max-model-memory); at a batch of 1024 events,"
                                + " the largest batch capsule.json records for it"),
                finding);
        assertTrue(
                measured.run().out().contains("model memory budget: 2 GiB (--max-model-memory)"),
                measured.run().out());
        assertTrue(seconds < 60, operator + " took " + seconds + " s");
        assertTrue(
                measured.peakResidentBytes() < ModelMemoryBudget.DEFAULT.bytes() + OVERHEAD,
                operator + ": peak resident memory " + measured.peakResidentBytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileModels")
    void packRefusesTheModel(String operator, byte[] model, String tensor) throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("pack-" + operator));
        Files.write(folder.resolve(MODEL_FILE), model);
        Path archive = temp.resolve("pack-" + operator + ".tar.gz");

        PackException refusal = assertThrows(
                PackException.class, () -> Packager.pack(PackOptions.of(folder.resolve("capsule.yaml"), archive)));

        assertTrue(
                refusal.getMessage().startsWith("model resdnn_even (" + folder.resolve(MODEL_FILE) + "): node "),
                refusal.getMessage());
        assertTrue(
                refusal.getMessage().contains("(" + operator + ") would make the tensor " + tensor),
                refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("at a batch of 1024 events (--batch-size)"), refusal.getMessage());
        assertTrue(Files.notExists(archive));
    }

    /** With several archives each is verified in a worker process, which gets the budget and refuses the bomb alone. */
    @Test
    void aWorkerProcessRefusesTheModelAndTheOthersGoOn() throws Exception {
        BagSurgery bag = hh.copy();
        bag.files.put(MODEL, constantOfShape());
        Path hostile = temp.resolve("workers-bomb.tar.gz");
        bag.reseal().write(hostile);
        Path report = temp.resolve("workers.json");

        Launcher.Run run = Launcher.run(
                temp,
                "verify",
                temp.resolve("hh.tar.gz").toString(),
                hostile.toString(),
                "--max-model-memory",
                "1G",
                "--jobs",
                "2",
                "--json",
                report.toString());

        assertEquals(4, run.exitCode(), run.all());
        JsonNode archives = JSON.readTree(report.toFile()).get("archives");
        assertEquals("REPRODUCED", archives.get(0).get("verdict").asText());
        assertEquals("INVALID", archives.get(1).get("verdict").asText());
        assertEquals(1L << 30, archives.get(1).get("model_memory_budget").asLong());
        assertTrue(
                archives.get(1)
                        .get("reason")
                        .asText()
                        .contains("(ConstantOfShape) would make the tensor 'bomb' of shape"
                                + " [20000, 100000] FLOAT, 8000000000 bytes (7.45 GiB), more than "
                                + "the model memory budget of 1 GiB"),
                archives.get(1).toString());
    }

    @Test
    void aNormalCapsuleIsReproducedUnderTheBudgetItsReportRecords() throws Exception {
        Path report = temp.resolve("normal.json");
        // the data-segment limit is then 256 MiB + 64 MiB + 1 GiB, which a normal verify stays well within
        Launcher.Measured measured = Launcher.measured(
                temp,
                Map.of("JAVA_OPTS", "-Xmx256m"),
                "verify",
                temp.resolve("hh.tar.gz").toString(),
                "--max-model-memory",
                "64M",
                "--json",
                report.toString(),
                "--junit",
                temp.resolve("normal.xml").toString());

        assertEquals(0, measured.run().exitCode(), measured.run().all());
        JsonNode entry = JSON.readTree(report.toFile()).get("archives").get(0);
        assertEquals("REPRODUCED", entry.get("verdict").asText());
        assertEquals(64L << 20, entry.get("model_memory_budget").asLong());
        assertTrue(Files.readString(temp.resolve("normal.xml"))
                .contains("<property name=\"model_memory_budget\" value=\"67108864\""));
        assertTrue(
                measured.run().out().contains("model memory budget: 64 MiB (--max-model-memory)"),
                measured.run().out());
        System.out.println(
                "peak resident memory of a normal verify: " + measured.peakResidentBytes() / (1 << 20) + " MiB");
    }
}
