package hep.capsule.schema;

import java.util.Optional;

/** A person to ask about the capsule. Text values may be {@link Missing#MARKER}. */
public record Contact(String name, String email, Optional<String> affiliation) {
}
