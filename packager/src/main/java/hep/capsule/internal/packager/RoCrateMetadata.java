package hep.capsule.internal.packager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.bag.DigestAlgorithm;
import hep.capsule.internal.schema.Analysis;
import hep.capsule.internal.schema.CanonicalJson;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.Missing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code data/ro-crate-metadata.json}: the payload as an RO-Crate 1.2 with {@code data/} as the crate root
 * (RO-Crate's BagIt convention). The metadata descriptor, the root Dataset (name, description, datePublished, license
 * with its licence entity), one File entity per payload file (name, description, encodingFormat, contentSize, sha256),
 * and the format entities of ONNX and NPY, which have no registered media type. Built as a Jackson tree and written as
 * {@link CanonicalJson} (sorted keys, {@code \n} line ends), so it is deterministic: entities in a fixed order, files
 * sorted by path, no clock.
 */
final class RoCrateMetadata {
    /** The file's bag path. */
    static final String BAG_PATH = BagLayout.PAYLOAD_DIRECTORY + "ro-crate-metadata.json";

    private static final String CONTEXT = "https://w3id.org/ro/crate/1.2/context";
    private static final String CONFORMS_TO = "https://w3id.org/ro/crate/1.2";
    static final String ONNX_FORMAT = "https://onnx.ai/onnx/repo-docs/IR.html";
    static final String NPY_FORMAT = "https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html";
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("md", "text/markdown"),
            Map.entry("py", "text/x-python"),
            Map.entry("txt", "text/plain"),
            Map.entry("dat", "text/plain"),
            Map.entry("slha", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("yaml", "application/yaml"),
            Map.entry("yml", "application/yaml"),
            Map.entry("svg", "image/svg+xml"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RoCrateMetadata() {}

    /**
     * @param payload every payload file except this one
     * @param descriptions what each payload file is, by bag path
     * @param published the capsule's date, YYYY-MM-DD (its bagging date)
     */
    static byte[] write(
            Descriptor descriptor, List<BagFile> payload, Map<String, String> descriptions, String published)
            throws IOException {
        ObjectNode crate = MAPPER.createObjectNode();
        crate.put("@context", CONTEXT);
        ArrayNode graph = crate.putArray("@graph");
        ObjectNode metadata =
                graph.addObject().put("@id", "ro-crate-metadata.json").put("@type", "CreativeWork");
        metadata.putObject("conformsTo").put("@id", CONFORMS_TO);
        metadata.putObject("about").put("@id", "./");

        ObjectNode root = graph.addObject()
                .put("@id", "./")
                .put("@type", "Dataset")
                .put("name", descriptor.title())
                .put("description", description(descriptor))
                .put("datePublished", published);
        String licenceId = licenceId(descriptor.license());
        root.putObject("license").put("@id", licenceId);
        ArrayNode parts = root.putArray("hasPart");
        List<BagFile> files =
                payload.stream().sorted(Comparator.comparing(BagFile::bagPath)).toList();
        for (BagFile file : files) {
            parts.addObject().put("@id", crateId(file.bagPath()));
        }
        graph.addObject()
                .put("@id", licenceId)
                .put("@type", "CreativeWork")
                .put("name", descriptor.license())
                .put("description", licenceDescription(descriptor.license()));

        Map<String, String> formats = new TreeMap<>();
        for (BagFile file : files) {
            ObjectNode entity = graph.addObject()
                    .put("@id", crateId(file.bagPath()))
                    .put("@type", "File")
                    .put("name", file.bagPath().substring(file.bagPath().lastIndexOf('/') + 1))
                    .put(
                            "description",
                            descriptions.getOrDefault(file.bagPath(), CrateDescriptions.fallback(file.bagPath())));
            String extension = extension(file.bagPath());
            if (extension.equals("onnx")) {
                entity.putObject("encodingFormat").put("@id", ONNX_FORMAT);
                formats.put(
                        ONNX_FORMAT,
                        "ONNX model (protocol-buffer ModelProto, as the ONNX IR specification defines it)");
            } else if (extension.equals("npy")) {
                entity.putObject("encodingFormat").put("@id", NPY_FORMAT);
                formats.put(NPY_FORMAT, "NumPy NPY array file, format version 1.0");
            } else {
                entity.put("encodingFormat", MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"));
            }
            entity.put("contentSize", Long.toString(file.content().size()));
            entity.put("sha256", sha256(file));
        }
        formats.forEach((id, name) ->
                graph.addObject().put("@id", id).put("@type", "WebPage").put("name", name));
        return CanonicalJson.write(crate);
    }

    private static String description(Descriptor d) {
        Analysis analysis = d.analysis();
        return "Model capsule " + d.name() + " " + d.version() + " of " + analysis.name() + " (" + analysis.experiment()
                + "): the models with their complete input specification, reference inputs and the outputs "
                + "they gave at packing,"
                + " re-executable with capsule verify. The bag's capsule.json holds the full specification.";
    }

    /** An SPDX identifier's licence page; a licence expression or a draft's MISSING is a local entity. */
    private static String licenceId(String licence) {
        return licence.matches("[A-Za-z0-9.+-]+") && !Missing.is(licence)
                ? "https://spdx.org/licenses/" + licence
                : "#license";
    }

    private static String licenceDescription(String licence) {
        if (Missing.is(licence)) {
            return "No licence given yet: this is a draft capsule.";
        }
        return licence.contains(" ")
                ? "The SPDX licence expression " + licence + "; each licence is at https://spdx.org/licenses/."
                : "The licence with SPDX identifier " + licence + "; its text is at https://spdx.org/licenses/"
                        + licence + ".html.";
    }

    /** The path relative to the crate root (data/), each segment percent-encoded as a URI path needs. */
    static String crateId(String bagPath) {
        String relative = bagPath.substring(BagLayout.PAYLOAD_DIRECTORY.length());
        StringBuilder id = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain =
                    c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0;
            id.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return id.toString();
    }

    private static String extension(String bagPath) {
        String name = bagPath.substring(bagPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String sha256(BagFile file) throws IOException {
        MessageDigest digest = DigestAlgorithm.SHA256.newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.content().open()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return DigestAlgorithm.hex(digest.digest());
    }
}
