package hep.capsule.internal.container;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code capsule image} builds: one capsule archive, the Capsule that verifies it, and how the image is named and
 * labelled.
 *
 * @param archive the capsule archive the image carries and verifies
 * @param capsuleJars Capsule's jars in class path order (its own first), without Jib
 * @param output the OCI image layout tarball to write
 * @param name the image reference recorded in the tarball ({@code capsule/NAME:VERSION})
 * @param base a {@code docker save} tarball to build on, or none (from scratch)
 * @param platform the image's platform
 * @param created the image's creation time (the capsule's), so that rebuilding gives the same bytes
 * @param labels the capsule's labels (OCI and Capsule's own), in order
 * @param toolVersion Capsule's version, recorded in the image's history
 */
public record ImageRequest(
        Path archive,
        List<Path> capsuleJars,
        Path output,
        String name,
        Optional<Path> base,
        ImagePlatform platform,
        Instant created,
        Map<String, String> labels,
        String toolVersion) {
    public ImageRequest {
        capsuleJars = List.copyOf(capsuleJars);
        labels = Map.copyOf(labels);
    }
}
