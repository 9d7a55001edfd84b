package hep.capsule.internal.schema;

import hep.capsule.internal.schema.facts.FileFacts;
import java.util.List;
import java.util.Optional;

/**
 * A whole capsule descriptor: capsule.yaml as a person wrote it, or the archived capsule.json, which also has
 * {@code draft} and {@code packing}. Text values may be {@link Missing#MARKER}. {@code keywords} (optional, empty when
 * not given) are the search terms a repository such as Zenodo shows.
 */
public record Descriptor(
        int capsuleSchema,
        String name,
        String title,
        String version,
        String created,
        String license,
        String organization,
        Analysis analysis,
        List<Contact> contacts,
        ReferenceData referenceData,
        List<ModelSpec> models,
        Optional<Folds> folds,
        List<AttachedFile> files,
        boolean draft,
        Optional<Packing> packing,
        List<String> keywords,
        List<Cutflow> cutflows,
        List<FileFacts> signalModelFacts) {

    public Descriptor {
        contacts = List.copyOf(contacts);
        models = List.copyOf(models);
        files = List.copyOf(files);
        keywords = List.copyOf(keywords);
        cutflows = List.copyOf(cutflows);
        signalModelFacts = List.copyOf(signalModelFacts);
    }
}
