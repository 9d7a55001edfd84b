package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.interpreter.PortableWitness;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.runner.onnx.MalformedOnnxException;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder.Message;
import hep.capsule.internal.runner.onnx.OnnxTensorWalk;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.schema.ModelFormat;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Capsule's own ONNX reader finds external data wherever onnx.proto lets a model hold a tensor, and both engines refuse
 * such a model before reading anything.
 */
class ExternalTensorTest {
    private static final Map<String, String> SECRET =
            Map.of("location", "victim/secret.bin", "offset", "0", "length", "16");

    @Test
    void anInitializerWithExternalDataIsFoundWithItsNameAndLocation() throws Exception {
        List<ExternalTensor> found = ExternalTensor.in(ExternalDataModels.external(SECRET));
        assertEquals(1, found.size());
        assertEquals("w", found.get(0).name());
        assertEquals("victim/secret.bin", found.get(0).location());
        assertEquals("graph, initializer", found.get(0).where());
        assertEquals(SECRET, found.get(0).entries());
    }

    @Test
    void externalDataEntriesCountEvenWithoutTheExternalDataLocation() throws Exception {
        byte[] model = model(graph().message(5, ExternalDataModels.externalTensor(Map.of("location", "w.bin"), false)));
        assertEquals(List.of("w.bin"), locations(model));
    }

    @Test
    void aConstantNodesValueIsFound() throws Exception {
        List<ExternalTensor> found = ExternalTensor.in(ExternalDataModels.externalConstant("./w.bin"));
        assertEquals(1, found.size());
        assertEquals(
                "graph, node \"Constant_0\" (\"Constant\"), attribute \"value\", tensor",
                found.get(0).where());
    }

    /** Sparse initializers, attribute tensor lists, sparse attributes, subgraphs, functions and training graphs. */
    @Test
    void everyOtherPlaceATensorCanBeIsWalked() throws Exception {
        Message subgraph = graph().message(5, external("in-then-branch"));
        Message ifNode = new Message()
                .string(4, "If")
                .message(
                        5,
                        new Message()
                                .string(1, "then_branch")
                                .message(6, subgraph)
                                .varint(20, 5))
                .message(
                        5,
                        new Message()
                                .string(1, "tensors")
                                .message(10, external("in-a-tensor-list"))
                                .varint(20, 9))
                .message(
                        5,
                        new Message()
                                .string(1, "sparse")
                                .message(22, sparse("in-a-sparse-attribute"))
                                .varint(20, 11))
                .message(
                        5,
                        new Message()
                                .string(1, "graphs")
                                .message(11, graph().message(5, external("in-a-graph-list")))
                                .varint(20, 10));
        byte[] model = new Message()
                .varint(1, 8)
                .message(7, graph().message(1, ifNode).message(15, sparse("in-a-sparse-initializer")))
                .message(20, new Message().message(1, graph().message(5, external("in-training-initialization"))))
                .message(
                        25,
                        new Message()
                                .string(1, "f")
                                .message(
                                        7,
                                        new Message()
                                                .string(4, "Constant")
                                                .message(
                                                        5,
                                                        new Message()
                                                                .string(1, "value")
                                                                .message(5, external("in-a-function"))
                                                                .varint(20, 4))))
                .toBytes();
        assertEquals(
                List.of(
                        "in-a-function",
                        "in-a-graph-list",
                        "in-a-sparse-attribute",
                        "in-a-sparse-attribute",
                        "in-a-sparse-initializer",
                        "in-a-sparse-initializer",
                        "in-a-tensor-list",
                        "in-then-branch",
                        "in-training-initialization"),
                locations(model).stream().sorted().toList(),
                "a sparse tensor's values and indices are two tensors");
    }

    @Test
    void aModelWithoutExternalDataComesBackAsItIs() throws Exception {
        byte[] hh =
                Files.readAllBytes(Examples.HH_RESDNN_EVEN.folder().resolve("ANA-HIGP-2024-32_resDNN_model_even.onnx"));
        assertSame(hh, OnnxTensorWalk.rewrite(hh, (tensor, where) -> null));
        assertEquals(List.of(), ExternalTensor.in(hh));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutOverflowingTheStack() {
        Message graph = graph();
        for (int i = 0; i < 200; i++) {
            graph = graph().message(
                            1,
                            new Message()
                                    .message(5, new Message().string(1, "body").message(6, graph)));
        }
        byte[] model = model(graph);
        MalformedOnnxException e = assertThrows(MalformedOnnxException.class, () -> ExternalTensor.in(model));
        assertTrue(e.getMessage().contains("more than 100 deep"), e.getMessage());
    }

    @Test
    void onnxruntimeAndTheWitnessRefuseTheModelNamingTheTensorAndTheLocation() {
        byte[] model = ExternalDataModels.external(SECRET);
        ModelExecutionException main = assertThrows(
                ModelExecutionException.class, () -> OnnxRuntimeRunner.load(model, "data/models/m/m.onnx"));
        ModelExecutionException witness = assertThrows(
                ModelExecutionException.class,
                () -> PortableWitness.open(ModelFormat.ONNX, model, "data/models/m/m.onnx", ModelMemoryBudget.DEFAULT));
        for (ModelExecutionException e : List.of(main, witness)) {
            assertTrue(
                    e.getMessage()
                            .startsWith("data/models/m/m.onnx: tensor \"w\" (graph, initializer) keeps its data "
                                    + "in an external file" + " \"victim/secret.bin\""),
                    e.getMessage());
        }
    }

    @Test
    void namesFromTheModelAreQuotedWithTheirControlCharactersEscaped() throws Exception {
        byte[] model = model(graph().message(
                        5,
                        ExternalDataModels.externalTensor(Map.of("location", "a\u001b[2Jb\nc"), true)
                                .string(8, "w\"" + "x".repeat(500))));
        String described = ExternalTensor.in(model).get(0).describe();
        assertTrue(described.contains("\"a\\u001b[2Jb\\u000ac\""), described);
        assertTrue(described.startsWith("tensor \"w\\u0022xxx") && described.contains("x...\""), described);
    }

    private static Message external(String location) {
        return ExternalDataModels.externalTensor(Map.of("location", location), true);
    }

    private static Message sparse(String location) {
        return new Message()
                .message(1, external(location))
                .message(2, external(location))
                .varint(3, 4);
    }

    private static Message graph() {
        return new Message().string(2, "g");
    }

    private static byte[] model(Message graph) {
        return new Message().varint(1, 8).message(7, graph).toBytes();
    }

    private static List<String> locations(byte[] model) throws MalformedOnnxException {
        return ExternalTensor.in(model).stream().map(ExternalTensor::location).toList();
    }
}
