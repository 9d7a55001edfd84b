package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapsuleMetadataTest {

    private static ObjectNode packedTree() throws DescriptorException {
        ObjectNode tree =
                new DescriptorLoader().load(Fixture.text(), "capsule.yaml").tree();
        tree.put("draft", false);
        ObjectNode packing = tree.putObject("packing");
        packing.put("capsule_version", "0.1.0")
                .put("bagging_date", "2026-11-23")
                .put("batch_size", 64);
        ObjectNode env = packing.putObject("environment");
        env.put("os_name", "Linux")
                .put("os_version", "6.1")
                .put("os_arch", "amd64")
                .put("cpu_model", "Xeon")
                .put("java_version", "17.0.12")
                .put("java_vendor", "Eclipse Adoptium")
                .put("java_vm", "OpenJDK 64-Bit");
        env.putArray("cpu_flags").add("avx2").add("fma");
        ObjectNode runtime = packing.putArray("runtimes").addObject();
        runtime.put("model", "nn_even").put("runtime", "onnxruntime").put("version", "1.28.0");
        runtime.putObject("settings").put("intra_op_threads", "1");
        ((ObjectNode) tree.at("/models/0/outputs/0")).put("stored_reference", "data/outputs/nn_even.npy");
        return tree;
    }

    @Test
    void archivedJsonReadsBackToTheSameRecordsAndBytes() throws Exception {
        byte[] json = CanonicalJson.write(packedTree());
        LoadedDescriptor loaded = CapsuleMetadata.read(json, "capsule.json");

        Packing packing = loaded.descriptor().packing().orElseThrow();
        assertEquals(64, packing.batchSize());
        assertEquals(java.util.List.of("avx2", "fma"), packing.environment().cpuFlags());
        assertEquals(Map.of("intra_op_threads", "1"), packing.runtimes().get(0).settings());
        assertEquals(
                "data/outputs/nn_even.npy",
                loaded.descriptor()
                        .models()
                        .get(0)
                        .outputs()
                        .get(0)
                        .storedReference()
                        .orElseThrow());
        assertEquals(
                new Normalisation.SubtractOffsetDivideScale(454.8374624999389, 169.38975531210076),
                loaded.descriptor()
                        .models()
                        .get(0)
                        .inputs()
                        .get(0)
                        .features()
                        .get(0)
                        .normalisation()
                        .orElseThrow());
        assertArrayEquals(json, CanonicalJson.write(loaded.tree()));
    }

    @Test
    void archivedJsonProblemsNameTheJsonLine() throws Exception {
        String json = new String(CanonicalJson.write(packedTree()), StandardCharsets.UTF_8)
                .replace("\"batch_size\": 64", "\"batch_size\": \"many\"");
        DescriptorException e = assertThrows(
                DescriptorException.class,
                () -> CapsuleMetadata.read(json.getBytes(StandardCharsets.UTF_8), "capsule.json"));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(
                new DescriptorProblem(
                        "capsule.json",
                        Fixture.lineOf(json, "\"batch_size\""),
                        "packing.batch_size",
                        "expected a whole number but found \"many\""),
                e.problems().get(0));
    }

    @Test
    void packingWrittenInCapsuleYamlIsRefused() {
        DescriptorException e = Fixture.failure(
                Fixture.replaced("capsule_schema: 1\n", "capsule_schema: 1\npacking:\n  batch_size: 64\n"));

        assertTrue(
                e.problems().stream()
                        .anyMatch(p -> p.field().equals("packing")
                                && p.line() == 2
                                && p.message().contains("written by capsule pack")),
                e.getMessage());
    }

    @Test
    void duplicateJsonKeyIsRefused() {
        byte[] json = "{\n\"capsule_schema\": 1,\n\"capsule_schema\": 1\n}".getBytes(StandardCharsets.UTF_8);
        DescriptorException e =
                assertThrows(DescriptorException.class, () -> CapsuleMetadata.read(json, "capsule.json"));

        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("Duplicate field 'capsule_schema'"), e.getMessage());
    }
}
