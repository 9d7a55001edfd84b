package hep.capsule.internal.publishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.ArchiveReader;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * data/ro-crate-metadata.json: the RO-Crate 1.2 MUST rules for the metadata descriptor, the root and the data entities.
 */
class RoCrateTest {
    private static final String CRATE = "data/ro-crate-metadata.json";
    /** Packed before the RO-Crate existed (the verifier's fuzz seed): it has none and must verify as before. */
    private static final Path OLD_CAPSULE = Path.of("../archive/src/test/resources/hep/capsule/internal/archive/"
            + "ArchiveReaderFuzzTestInputs/readAndCheck/hh-resdnn-even.capsule.tar");

    @TempDir
    Path temp;

    private record Crate(JsonNode graph, Map<String, JsonNode> byId, ArchiveContents archive, byte[] bytes) {}

    private Crate packAndRead(Example example, String name) throws Exception {
        Path archive = temp.resolve(name);
        Packager.pack(PackOptions.of(example.descriptor(), archive));
        try (WorkFolder work = WorkFolder.createIn(temp, "read")) {
            ArchiveContents read = new ArchiveReader(ArchiveLimits.defaults()).read(archive, work.path());
            byte[] bytes = read.require(CRATE).readAllBytes();
            JsonNode crate = new ObjectMapper().readTree(bytes);
            assertEquals(
                    "https://w3id.org/ro/crate/1.2/context",
                    crate.path("@context").asText());
            Map<String, JsonNode> byId = new HashMap<>();
            for (JsonNode entity : crate.path("@graph")) {
                assertTrue(
                        byId.put(entity.path("@id").asText(), entity) == null, "each @id once: " + entity.path("@id"));
            }
            return new Crate(crate.path("@graph"), byId, read, bytes);
        }
    }

    private static Set<String> types(JsonNode entity) {
        Set<String> types = new HashSet<>();
        if (entity.path("@type").isArray()) {
            entity.path("@type").forEach(t -> types.add(t.asText()));
        } else {
            types.add(entity.path("@type").asText());
        }
        return types;
    }

    @Test
    void theDescriptorAndRootFollowTheMustRules() throws Exception {
        Crate crate = packAndRead(Example.SUSY, "susy.capsule.tar.gz");
        JsonNode descriptor = crate.byId().get("ro-crate-metadata.json");
        assertEquals(Set.of("CreativeWork"), types(descriptor));
        assertEquals("./", descriptor.path("about").path("@id").asText());
        assertEquals(
                "https://w3id.org/ro/crate/1.2",
                descriptor.path("conformsTo").path("@id").asText());
        JsonNode root = crate.byId().get("./");
        assertTrue(types(root).contains("Dataset"));
        assertEquals(
                "4-jet parametrised neural network of ATLAS-SUSY-2019-04 (RPV SUSY, 1 lepton + many jets)",
                root.path("name").asText());
        assertFalse(root.path("description").asText().isEmpty());
        assertEquals("2026-11-23", root.path("datePublished").asText());
        JsonNode licence = crate.byId().get(root.path("license").path("@id").asText());
        assertEquals("https://spdx.org/licenses/CC-BY-4.0", licence.path("@id").asText());
        assertEquals(
                List.of("CreativeWork", "CC-BY-4.0"),
                List.of(licence.path("@type").asText(), licence.path("name").asText()));
        assertFalse(licence.path("description").asText().isEmpty());
    }

    @Test
    void everyPayloadFileIsAFileEntityWithItsSizeAndChecksumLinkedFromTheRoot() throws Exception {
        Crate crate = packAndRead(Example.ZERO_LEPTON, "zero.capsule.tar.gz");
        Set<String> payload = new TreeSet<>();
        for (StoredFile file : crate.archive().files().values()) {
            if (BagLayout.isPayload(file.bagPath()) && !file.bagPath().equals(CRATE)) {
                String id = file.bagPath().substring("data/".length());
                payload.add(id);
                JsonNode entity = crate.byId().get(id);
                assertEquals(Set.of("File"), types(entity), id);
                assertEquals(
                        Long.toString(file.size()), entity.path("contentSize").asText(), id);
                assertEquals(
                        file.checksums().get(DigestAlgorithm.SHA256),
                        entity.path("sha256").asText(),
                        id);
                assertFalse(
                        entity.path("name").asText().isEmpty()
                                || entity.path("description").asText().isEmpty(),
                        id);
                assertFalse(entity.path("encodingFormat").isMissingNode(), id);
            }
        }
        Set<String> parts = new TreeSet<>();
        crate.byId()
                .get("./")
                .path("hasPart")
                .forEach(part -> parts.add(part.path("@id").asText()));
        assertEquals(payload, parts);
        assertEquals(
                9 + 16, payload.size()); // with the signal-model note, the cutflow's reference weights and the 16 plots
        JsonNode onnx = crate.byId().get("models/srbdt_ggdirect_even_onnx/ZeroLepton2016-SRBDT-GGdirect_weights1.onnx");
        JsonNode format =
                crate.byId().get(onnx.path("encodingFormat").path("@id").asText());
        assertEquals("WebPage", format.path("@type").asText());
        assertEquals(
                "application/xml",
                crate.byId()
                        .get("models/srbdt_ggdirect_even/ZeroLepton2016-SRBDT-GGdirect_weights1.xml")
                        .path("encodingFormat")
                        .asText());
        List<String> plots = payload.stream()
                .filter(id -> id.startsWith("validation/plots/"))
                .toList();
        assertEquals(16, plots.size());
        for (String plot : plots) {
            assertEquals(
                    "image/svg+xml",
                    crate.byId().get(plot).path("encodingFormat").asText(),
                    plot);
            assertEquals(
                    "Histogram of the reference events, drawn at packing (informative)",
                    crate.byId().get(plot).path("description").asText());
        }
        assertEquals(
                "Weight of each reference event of model srbdt_ggdirect_even",
                crate.byId()
                        .get("reference/srbdt_ggdirect_even/weights.npy")
                        .path("description")
                        .asText());
    }

    @Test
    void theGraphIsFlatAndEveryReferenceResolves() throws Exception {
        Crate crate = packAndRead(Example.SUSY, "susy.capsule.tar.gz");
        for (JsonNode entity : crate.graph()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = entity.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<JsonNode> values = new java.util.ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(values::add);
                } else {
                    values.add(field.getValue());
                }
                for (JsonNode value : values) {
                    if (value.isObject()) {
                        assertEquals(
                                List.of("@id"),
                                List.copyOf(iterable(value.fieldNames())),
                                "flattened: only references are nested");
                        String target = value.path("@id").asText();
                        assertTrue(
                                crate.byId().containsKey(target) || target.equals("https://w3id.org/ro/crate/1.2"),
                                target);
                    }
                }
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        byte[] first = packAndRead(Example.HIGGS, "a.capsule.tar.gz").bytes();
        byte[] second = packAndRead(Example.HIGGS, "b.capsule.tar.gz").bytes();
        assertArrayEquals(first, second);
        assertTrue(new String(first, java.nio.charset.StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void aCapsulePackedBeforeTheCrateVerifiesAsBefore() {
        assertEquals(
                Verdict.REPRODUCED,
                new Verifier(VerifyOptions.defaults()).verify(OLD_CAPSULE).verdict());
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
