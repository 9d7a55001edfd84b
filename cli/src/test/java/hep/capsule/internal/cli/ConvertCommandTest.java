package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.lwtnn.LwtnnRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.runner.tmva.NanInputResponse;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capsule convert} writes the ONNX twin of the 0-lepton BDT, which onnxruntime loads with the BDT's interface.
 */
class ConvertCommandTest {

    private static final Path WEIGHTS = Path.of("")
            .toAbsolutePath()
            .getParent()
            .resolve("archive-examples/atlas-zerolepton-2016-srbdt-ggdirect-even/"
                    + "ZeroLepton2016-SRBDT-GGdirect_weights1.xml");

    @TempDir
    Path folder;

    @Test
    void convertWritesTheOnnxTwinAndRefusesToOverwriteWithoutForce() throws Exception {
        Path weights = WEIGHTS;
        Path twin = folder.resolve("bdt.onnx");
        assertEquals(
                0, Main.commandLine().execute("convert", weights.toString(), "--to", "onnx", "-o", twin.toString()));
        try (TmvaBdtRunner bdt = TmvaBdtRunner.load(Files.readAllBytes(weights), "w.xml");
                ModelRunner onnx = OnnxRuntimeRunner.load(Files.readAllBytes(twin), "bdt.onnx")) {
            assertArrayEquals(bdt.onnxTwin(), Files.readAllBytes(twin));
            assertEquals(bdt.signature().inputs(), onnx.signature().inputs());
        }
        assertEquals(
                2, Main.commandLine().execute("convert", weights.toString(), "--to", "onnx", "-o", twin.toString()));
        assertEquals(
                2,
                Main.commandLine()
                        .execute(
                                "convert",
                                weights.toString(),
                                "--to",
                                "pmml",
                                "-o",
                                folder.resolve("x").toString()));
        assertEquals(
                0,
                Main.commandLine()
                        .execute("convert", weights.toString(), "--to", "onnx", "-o", twin.toString(), "--force"));

        Path declared = folder.resolve("declared.onnx");
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "convert",
                                weights.toString(),
                                "--to",
                                "onnx",
                                "-o",
                                declared.toString(),
                                "--nan-response",
                                "-1.5"));
        try (TmvaBdtRunner bdt =
                TmvaBdtRunner.load(Files.readAllBytes(weights), "w.xml", NanInputResponse.declared(-1.5))) {
            assertArrayEquals(
                    bdt.onnxTwin(),
                    Files.readAllBytes(declared),
                    "the twin of a BDT whose capsule declares nan_response -1.5");
        }
    }

    @Test
    void convertWritesTheOnnxTwinOfAnLwtnnNetworkFoundByItsExtension() throws Exception {
        Path net = folder.resolve("net.json");
        Files.writeString(net, """
                {"inputs": [{"name": "met", "offset": -100, "scale": 0.01},
                            {"name": "ht", "offset": 0, "scale": 0.001}],
                 "layers": [{"architecture": "dense", "weights": [1, -1, 0.5, 2],
                   "bias": [0.1, 0], "activation": "tanh"}],
                 "outputs": ["a", "b"], "defaults": {}}""");
        Path twin = folder.resolve("net.onnx");
        assertEquals(0, Main.commandLine().execute("convert", net.toString(), "--to", "onnx", "-o", twin.toString()));
        try (LwtnnRunner lwtnn = LwtnnRunner.load(Files.readAllBytes(net), "net.json");
                ModelRunner onnx = OnnxRuntimeRunner.load(Files.readAllBytes(twin), "net.onnx")) {
            assertArrayEquals(lwtnn.onnxTwin(), Files.readAllBytes(twin));
            assertEquals(lwtnn.signature(), onnx.signature());
        }
        Path unknown = folder.resolve("net.txt");
        Files.copy(net, unknown);
        assertEquals(
                2,
                Main.commandLine()
                        .execute(
                                "convert",
                                unknown.toString(),
                                "--to",
                                "onnx",
                                "-o",
                                folder.resolve("y").toString()));
        assertEquals(
                2,
                Main.commandLine()
                        .execute(
                                "convert",
                                net.toString(),
                                "--to",
                                "onnx",
                                "-o",
                                folder.resolve("z").toString(),
                                "--nan-response",
                                "0"),
                "lwtnn has its own NaN rule (the variables' defaults)");
    }
}
