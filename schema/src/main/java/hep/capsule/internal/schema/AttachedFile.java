package hep.capsule.internal.schema;

import java.util.Optional;

/** Another file that belongs to the analysis: a card, a cut flow, a note, code. */
public record AttachedFile(String file, FileRole role, Optional<String> description) {}
