package hep.capsule.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What packing wrote.
 *
 * @param archive the archive
 * @param sha256 the archive's own SHA-256 (hex), to quote when publishing it
 * @param draft whether the capsule is a draft
 * @param missingFields how many fields are still MISSING (drafts only)
 * @param events reference events executed
 * @param warnings packed all the same: e.g. problems {@code capsule lint} finds in the signal-model files, models the
 *     portable witness cannot run
 */
public record PackResult(
        Path archive, String sha256, boolean draft, int missingFields, long events, List<String> warnings) {
    /** Copies {@code warnings}. */
    public PackResult {
        warnings = List.copyOf(warnings);
    }
}
