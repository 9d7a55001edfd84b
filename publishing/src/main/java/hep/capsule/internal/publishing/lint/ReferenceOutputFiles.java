package hep.capsule.internal.publishing.lint;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The reference outputs of the original models, or why they could not be had.
 *
 * @param byModel model id, then output name, then the NPY file
 * @param failure why they could not be computed or read, when they could not
 */
public record ReferenceOutputFiles(Map<String, Map<String, Path>> byModel, Optional<String> failure) {

    public ReferenceOutputFiles {
        byModel = Map.copyOf(byModel);
    }

    public Optional<Path> of(String modelId, String output) {
        return Optional.ofNullable(byModel.getOrDefault(modelId, Map.of()).get(output));
    }
}
