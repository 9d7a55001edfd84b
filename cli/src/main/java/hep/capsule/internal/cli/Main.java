package hep.capsule.internal.cli;

import hep.capsule.internal.schema.CapsuleVersion;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code capsule} command and its sub-commands. */
@Command(
        name = "capsule",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Preserve the machine-learning models of particle-physics analyses, and prove years later "
                + "that they still give the same outputs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; for verify, every archive REPRODUCED (or REPRODUCED_WITHIN_TOLERANCE it declares), "
                    + "or INTACT with --integrity-only",
            "1:internal error (a bug in Capsule: please report it)",
            "2:bad command line or bad input (the message names the file and the problem)",
            "3:verify: some archive NOT_REPRODUCED",
            "4:verify: some archive INVALID",
            "5:verify --exact: some archive only REPRODUCED_WITHIN_TOLERANCE",
            "6:verify --require-signature: some archive has no TRUSTED signature (unsigned, or signed only "
                    + "by keys not trusted)",
            "7:lint: some finding is an error (with --strict: an error or a warning); each is printed with "
                    + "its rule, file and line"
        })
public final class Main implements Runnable {
    /** The sub-commands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class,
            LintCommand.class,
            PackCommand.class,
            VerifyCommand.class,
            InspectCommand.class,
            ConvertCommand.class,
            KeygenCommand.class,
            SignCommand.class,
            CampaignCommand.class,
            ExportCommand.class,
            ImageCommand.class,
            DistributionCommand.class,
            VerifyArchiveCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command with every sub-command. */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command for these arguments: with only the sub-command they name, when they name one, because picocli reads
     * the options of every sub-command it is given before it starts, which costs a noticeable part of a short run; with
     * all of them otherwise (help, mistakes).
     */
    static CommandLine commandLine(String[] args) {
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> args.length > 0
                        && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        return commandLine(named.isEmpty() ? SUBCOMMANDS : named);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new Main());
        subcommands.forEach(commandLine::addSubcommand);
        return commandLine.setExecutionExceptionHandler(new Failures()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"capsule " + CapsuleVersion.current()};
        }
    }
}
