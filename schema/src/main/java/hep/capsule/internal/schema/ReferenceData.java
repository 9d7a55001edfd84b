package hep.capsule.internal.schema;

import java.util.Optional;

/**
 * Where the reference inputs come from.
 *
 * @param origin empty while MISSING
 * @param description how they were made; may be {@link Missing#MARKER}
 */
public record ReferenceData(Optional<ReferenceOrigin> origin, String description) {}
