package hep.capsule.internal.packager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code capsule pack} wrote.
 *
 * @param archive the archive
 * @param sha256 the archive's own SHA-256, to quote when publishing it
 * @param draft whether it is a draft
 * @param missingFields how many fields are still MISSING (drafts only)
 * @param events reference events executed
 * @param referenceTime how long computing the reference tensors took (running the models); the rest of packing is
 *     checksumming and writing the archive
 * @param warnings packed all the same: what {@code capsule lint} finds in the signal-model files, and the models the
 *     portable witness cannot run
 */
public record PackResult(
        Path archive,
        String sha256,
        boolean draft,
        int missingFields,
        long events,
        Duration referenceTime,
        List<String> warnings) {
    public PackResult {
        warnings = List.copyOf(warnings);
    }
}
