package hep.capsule.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code capsule image} and {@code capsule distribution} need beyond the verifier: the container module with Jib
 * (on the class path only for these two commands, from the build's {@code cli/target/image-lib}), and Capsule's own
 * jars, which they copy.
 */
final class ContainerTools {
    private ContainerTools() {}

    /** Refuses, naming the command, when the container module is not on the class path. */
    static void require(String command) throws UserError {
        try {
            Class.forName("hep.capsule.internal.container.ImageBuilder", false, ContainerTools.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserError(
                    command + " needs Capsule's container module and Jib (cli/target/image-lib), which the repository's"
                            + " launcher adds after `mvn package`; this Capsule (an image or a "
                            + "distribution) verifies only",
                    e);
        }
    }

    /**
     * Capsule's jars in class path order: the jar holding the command line, then the jars in the {@code lib} folder
     * beside it (Capsule's own first), as the build lays them out.
     */
    static List<Path> capsuleJars() throws IOException, UserError {
        Path cliJar;
        try {
            cliJar = Path.of(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new UserError("cannot tell which jar holds Capsule's command line: " + e.getMessage(), e);
        }
        Path lib = cliJar.resolveSibling("lib");
        if (!Files.isRegularFile(cliJar) || !Files.isDirectory(lib)) {
            throw new UserError("Capsule runs from " + cliJar
                    + ", not from a packaged jar with its lib folder: run `mvn package` and the launcher");
        }
        List<Path> own = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
                (jar.getFileName().toString().startsWith("capsule-") ? own : others).add(jar);
            }
        }
        List<Path> all = new ArrayList<>();
        all.add(cliJar);
        all.addAll(own);
        all.addAll(others);
        return all;
    }
}
