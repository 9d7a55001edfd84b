package hep.capsule.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "distribution",
        mixinStandardHelpOptions = true,
        description = {
            "Write Capsule's relocatable distribution, capsule-VERSION-linux-x86_64.tar.gz: a jlinked Java "
                    + "runtime, onnxruntime's",
            "native libraries for this machine's platform, Capsule's jars and bin/capsule. Unpacked "
                    + "anywhere on a machine of the",
            "same platform, `bin/capsule verify ...` runs without Java, Maven or a PATH. The same inputs "
                    + "give the same bytes."
        })
final class DistributionCommand implements Callable<Integer> {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "where to write it (default: capsule-VERSION-OS-MACHINE.tar.gz here)")
    Path output;

    @Option(names = "--force", description = "overwrite an existing FILE")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError, InterruptedException {
        ContainerTools.require("capsule distribution");
        Path written = DistributionBuild.run(output, force);
        System.out.println(written + ": " + Files.size(written) + " bytes");
        return ExitCodes.OK;
    }
}
