package hep.capsule.internal.schema;

import java.util.Optional;

/**
 * A person to ask about the capsule. Text values may be {@link Missing#MARKER}.
 *
 * @param orcid the person's ORCID iD, e.g. 0000-0002-1825-0097
 * @param familyName the family name, for citation metadata such as Zenodo's "Family, Given"
 * @param givenNames the given names, likewise
 */
public record Contact(
        String name,
        String email,
        Optional<String> affiliation,
        Optional<String> orcid,
        Optional<String> familyName,
        Optional<String> givenNames) {}
