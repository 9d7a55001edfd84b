package hep.capsule.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "image",
        mixinStandardHelpOptions = true,
        description = {
            "Write an OCI image (an OCI layout tarball) that verifies one capsule with nothing but a "
                    + "container runtime:",
            "this machine's C libraries, a jlinked Java runtime, onnxruntime's native libraries, Capsule's "
                    + "jars and the capsule.",
            "Built offline with Jib; the same inputs give the same bytes. Its entrypoint runs `capsule "
                    + "verify` on the capsule;",
            "arguments after the image name are passed on (e.g. --json /out/report.json)."
        })
final class ImageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "the capsule archive the image carries")
    Path archive;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "IMAGE.tar",
            description = "the OCI image tarball to write")
    Path output;

    @Option(
            names = "--name",
            paramLabel = "NAME:TAG",
            description = "the image's reference (default: capsule/<capsule name>:<capsule version>)")
    String name;

    @Option(
            names = "--base",
            paramLabel = "TARBALL",
            description = "a `docker save` tarball to build on (default: none, from scratch)")
    Path base;

    @Option(
            names = "--platform",
            paramLabel = "OS/ARCH",
            description = "the image's platform (default: this machine's, e.g. linux/amd64)")
    String platform;

    @Option(names = "--force", description = "overwrite an existing IMAGE.tar")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError, InterruptedException {
        if (!Files.isRegularFile(archive)) {
            throw new UserError(archive + ": no such capsule archive");
        }
        if (Files.exists(output) && !force) {
            throw new UserError(output + " exists; give --force to overwrite it");
        }
        if (base != null && !Files.isRegularFile(base)) {
            throw new UserError("--base " + base + ": no such file");
        }
        CapsuleIdentity identity = CapsuleIdentity.of(archive);
        ContainerTools.require("capsule image");
        ImageBuild.run(this, identity);
        return ExitCodes.OK;
    }
}
