package hep.capsule.internal.cli;

import picocli.CommandLine.Command;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        subcommands = {ExportZenodoCommand.class, ExportHepDataCommand.class},
        description = "Write a capsule's metadata for a repository: zenodo (.zenodo.json) or hepdata "
                + "(submission.yaml), taken only from the capsule.")
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
