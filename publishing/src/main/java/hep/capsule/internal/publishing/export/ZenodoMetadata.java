package hep.capsule.internal.publishing.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.schema.Analysis;
import hep.capsule.internal.schema.Contact;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.Missing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code capsule export zenodo}: the capsule's {@code .zenodo.json} (zenodraft's metadata schema 0.3.0), taken only
 * from the descriptor; a field it lacks is an error naming that field.
 */
public final class ZenodoMetadata {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ZenodoMetadata() {}

    public static ObjectNode of(Descriptor d) throws ExportException {
        List<String> missing = new ArrayList<>();
        ObjectNode root = MAPPER.createObjectNode();
        text(d.title(), "title", missing).ifPresent(title -> root.put("title", title));
        Analysis analysis = d.analysis();
        Optional<String> about = analysis.description().filter(text -> !Missing.is(text));
        if (about.isEmpty()) {
            missing.add("analysis.description: a description of the analysis, the body of the record's description");
        }
        root.put(
                "description",
                d.title() + ". Model capsule " + d.name() + " (packed with Capsule: the models, their input"
                        + " specification and reference inputs and outputs, re-executable with capsule verify) for "
                        + analysis.name()
                        + ", " + analysis.experiment() + ". " + about.orElse(""));
        root.put("upload_type", "dataset");
        text(d.version(), "version", missing).ifPresent(version -> root.put("version", version));
        text(d.license(), "license", missing).ifPresent(licence -> {
            if (zenodoLicences().contains(licence)) {
                root.putObject("license").put("id", licence);
            } else {
                missing.add("license: \"" + licence
                        + "\" is not a licence id Zenodo knows; use one SPDX identifier such as CC-BY-4.0");
            }
        });
        ArrayNode creators = root.putArray("creators");
        for (int c = 0; c < d.contacts().size(); c++) {
            creators.add(creator(d.contacts().get(c), "contacts[" + c + "]", missing));
        }
        if (d.keywords().isEmpty()) {
            missing.add("keywords: a list of search terms, e.g. [" + analysis.experiment() + ", machine learning]");
        }
        ArrayNode keywords = root.putArray("keywords");
        d.keywords().stream().distinct().forEach(keywords::add);
        ArrayNode related = root.putArray("related_identifiers");
        text(analysis.doi(), "analysis.doi", missing).ifPresent(doi -> relation(related, doi, "isSupplementTo", "doi"));
        text(analysis.arxiv(), "analysis.arxiv", missing)
                .ifPresent(arxiv -> relation(related, "arXiv:" + arxiv, "isSupplementTo", "arxiv"));
        text(analysis.hepdata(), "analysis.hepdata", missing)
                .ifPresent(record -> relation(
                        related,
                        record.startsWith("https://") ? record : "https://www.hepdata.net/record/" + record,
                        "isDerivedFrom",
                        "url"));
        if (!missing.isEmpty()) {
            throw ExportException.missing("Zenodo", missing);
        }
        List<String> problems = ExportSchemas.problems(ExportSchemas.zenodo(), root);
        if (!problems.isEmpty()) {
            throw new ExportException("the Zenodo metadata would not be valid against zenodraft's schema 0.3.0: "
                    + String.join("; ", problems));
        }
        return root;
    }

    private static ObjectNode creator(Contact contact, String field, List<String> missing) {
        ObjectNode creator = MAPPER.createObjectNode();
        Optional<String> family = contact.familyName().filter(name -> !Missing.is(name));
        Optional<String> given = contact.givenNames().filter(name -> !Missing.is(name));
        if (family.isEmpty() || given.isEmpty()) {
            missing.add(
                    field + ".family_name and " + field + ".given_names: Zenodo lists creators as \"Family, Given\"");
        }
        creator.put("name", family.orElse("") + ", " + given.orElse(""));
        contact.affiliation().filter(a -> !Missing.is(a)).ifPresent(a -> creator.put("affiliation", a));
        contact.orcid().filter(o -> !Missing.is(o)).ifPresent(o -> creator.put("orcid", o));
        return creator;
    }

    private static Optional<String> text(String value, String field, List<String> missing) {
        if (Missing.is(value)) {
            missing.add(field + ": still MISSING");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static void relation(ArrayNode related, String identifier, String relation, String scheme) {
        related.addObject()
                .put("identifier", identifier)
                .put("relation", relation)
                .put("scheme", scheme);
    }

    /** The licence ids of the schema's license-enum. */
    static Set<String> zenodoLicences() {
        try (InputStream in = ZenodoMetadata.class.getResourceAsStream(
                "/hep/capsule/internal/publishing/zenodo/zenodo-metadata-0.3.0.schema.json")) {
            Set<String> ids = new HashSet<>();
            JsonNode schema = MAPPER.readTree(in);
            schema.path("definitions").path("license-enum").path("enum").forEach(id -> ids.add(id.asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
