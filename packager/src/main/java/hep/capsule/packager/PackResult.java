package hep.capsule.packager;

import java.nio.file.Path;

/**
 * What {@code capsule pack} wrote.
 *
 * @param archive       the archive
 * @param sha256        the archive's own SHA-256, to quote when publishing it
 * @param draft         whether it is a draft
 * @param missingFields how many fields are still MISSING (drafts only)
 * @param events        reference events executed
 */
public record PackResult(Path archive, String sha256, boolean draft, int missingFields, long events) {
}
