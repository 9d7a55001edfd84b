package hep.capsule.internal.schema;

import java.util.Optional;

/** The published analysis the capsule's models belong to. Text values may be {@link Missing#MARKER}. */
public record Analysis(
        String name, String experiment, String arxiv, String doi, String hepdata, Optional<String> description) {}
