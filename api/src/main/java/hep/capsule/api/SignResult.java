package hep.capsule.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What signing added to a capsule.
 *
 * @param archive the archive, rewritten in place
 * @param added the files added inside the bag: the signature, and its time-stamp when one was asked for
 */
public record SignResult(Path archive, List<String> added) {
    /** Copies {@code added}. */
    public SignResult {
        added = List.copyOf(added);
    }
}
