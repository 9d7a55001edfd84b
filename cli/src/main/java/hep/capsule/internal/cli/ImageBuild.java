package hep.capsule.internal.cli;

import hep.capsule.internal.container.ImageBuilder;
import hep.capsule.internal.container.ImageException;
import hep.capsule.internal.container.ImagePlatform;
import hep.capsule.internal.container.ImageRequest;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.schema.CapsuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/** Runs {@code capsule image} with the container module; only loaded once it is known to be on the class path. */
final class ImageBuild {
    private ImageBuild() {}

    static void run(ImageCommand command, CapsuleIdentity identity)
            throws IOException, UserError, InterruptedException {
        String name = command.name != null
                ? command.name
                : "capsule/" + identity.name().toLowerCase(Locale.ROOT) + ":" + identity.version();
        long start = System.nanoTime();
        try (WorkFolder work = WorkFolder.create("image")) {
            ImagePlatform platform =
                    command.platform == null ? ImagePlatform.host() : ImagePlatform.parse(command.platform);
            ImageRequest request = new ImageRequest(
                    command.archive,
                    ContainerTools.capsuleJars(),
                    command.output,
                    name,
                    Optional.ofNullable(command.base),
                    platform,
                    identity.createdInstant(),
                    identity.labels(command.archive.getFileName().toString(), CapsuleVersion.current()),
                    CapsuleVersion.current());
            ImageBuilder.build(request, work.path());
        } catch (ImageException e) {
            throw new UserError(command.archive + ": " + e.getMessage(), e);
        }
        System.out.printf(
                "%s: image %s (%s, %d bytes) in %.1f s%n",
                command.output,
                name,
                command.platform == null ? ImagePlatform.host() : command.platform,
                Files.size(command.output),
                (System.nanoTime() - start) / 1e9);
    }
}
