package hep.capsule.internal.cli;

import hep.capsule.internal.container.Distribution;
import hep.capsule.internal.container.ImageException;
import hep.capsule.internal.container.ImagePlatform;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.schema.CapsuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code capsule distribution} with the container module; only loaded once it is known to be on the class path.
 */
final class DistributionBuild {
    private DistributionBuild() {}

    static Path run(Path output, boolean force) throws IOException, UserError, InterruptedException {
        Path target = output != null
                ? output
                : Path.of(Distribution.name(CapsuleVersion.current(), ImagePlatform.host()) + ".tar.gz");
        if (Files.exists(target) && !force) {
            throw new UserError(target + " exists; give --force to overwrite it");
        }
        try (WorkFolder work = WorkFolder.create("distribution")) {
            Distribution.write(ContainerTools.capsuleJars(), CapsuleVersion.current(), target, work.path());
        } catch (ImageException e) {
            throw new UserError(e.getMessage(), e);
        }
        return target;
    }
}
