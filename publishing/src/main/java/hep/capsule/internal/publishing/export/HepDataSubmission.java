package hep.capsule.internal.publishing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.Missing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code capsule export hepdata}: the documents of a HEPData {@code submission.yaml}. The first holds the capsule as an
 * additional resource; each data table (a cut flow, say) is one more document, added with {@link #addTable}, its data
 * file written beside submission.yaml by the caller.
 */
public final class HepDataSubmission {
    /** HEPData's upload limit; a larger capsule is referenced by URL. */
    public static final long MAX_UPLOAD_BYTES = 50_000_000L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<ObjectNode> documents = new ArrayList<>();

    private HepDataSubmission(ObjectNode first) {
        documents.add(first);
    }

    /**
     * Where the submission finds the capsule: the URL it is published at when given, else its file name (the capsule
     * then travels in the upload, which HEPData allows up to {@link #MAX_UPLOAD_BYTES}).
     *
     * @throws ExportException when the capsule is too large for the upload and no URL is given
     */
    public static String location(PackedCapsule capsule, Optional<String> url) throws ExportException {
        if (url.isPresent()) {
            return url.get();
        }
        if (capsule.bytes() > MAX_UPLOAD_BYTES) {
            throw new ExportException(capsule.archive().getFileName() + " is " + capsule.bytes()
                    + " bytes, more than HEPData's upload limit of " + MAX_UPLOAD_BYTES
                    + " bytes (50 MB): publish it elsewhere (e.g. on Zenodo) and give its URL with --location URL");
        }
        return capsule.archive().getFileName().toString();
    }

    /** @param location the archive's file name in the upload, or the URL it is published at */
    public static HepDataSubmission of(Descriptor d, String location) throws ExportException {
        List<String> missing = new ArrayList<>();
        if (Missing.is(d.title())) {
            missing.add("title: still MISSING");
        }
        Optional<ObjectNode> licence = licence(d.license(), missing);
        if (!missing.isEmpty()) {
            throw ExportException.missing("HEPData", missing);
        }
        ObjectNode first = MAPPER.createObjectNode();
        ObjectNode resource = first.putArray("additional_resources").addObject();
        resource.put("location", location);
        resource.put(
                "description",
                "Model capsule " + d.name() + " " + d.version() + ": " + d.title()
                        + ". The models with their input specification and reference inputs and outputs; "
                        + "re-execute it with capsule verify.");
        resource.put("type", "capsule");
        resource.set("license", licence.orElseThrow());
        HepDataSubmission submission = new HepDataSubmission(first);
        submission.require(0, "additional_info_schema.json");
        return submission;
    }

    /**
     * Adds a data table's document (name, description, keywords, data_file).
     *
     * @throws ExportException when it breaks HEPData's submission schema
     */
    public void addTable(ObjectNode table) throws ExportException {
        documents.add(table);
        require(documents.size() - 1, "submission_schema.json");
    }

    /** submission.yaml: the documents separated by {@code ---}. */
    public byte[] toYaml() throws IOException {
        return yaml(documents.toArray(ObjectNode[]::new));
    }

    /** YAML documents as the export writes them: a data table's file is {@code yaml(table.data())}. */
    public static byte[] yaml(ObjectNode... documents) throws IOException {
        YAMLFactory yaml =
                YAMLFactory.builder().disable(YAMLGenerator.Feature.SPLIT_LINES).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = new ObjectMapper(yaml).writer().writeValues(out)) {
            for (ObjectNode document : documents) {
                writer.write(document);
            }
        }
        return out.toByteArray();
    }

    private void require(int index, String schema) throws ExportException {
        List<String> problems = ExportSchemas.problems(ExportSchemas.hepdata(schema), documents.get(index));
        if (!problems.isEmpty()) {
            documents.remove(index);
            throw new ExportException("document " + (index + 1) + " of submission.yaml would break HEPData's " + schema
                    + ": " + String.join("; ", problems));
        }
    }

    /** The licence as HEPData wants it: its SPDX identifier and the SPDX page of it. */
    private static Optional<ObjectNode> licence(String spdx, List<String> missing) {
        if (Missing.is(spdx)) {
            missing.add("license: still MISSING");
            return Optional.empty();
        }
        if (spdx.contains(" ")) {
            missing.add("license: \"" + spdx + "\" is an SPDX expression; HEPData takes one licence with one URL");
            return Optional.empty();
        }
        return Optional.of(
                MAPPER.createObjectNode().put("name", spdx).put("url", "https://spdx.org/licenses/" + spdx + ".html"));
    }
}
