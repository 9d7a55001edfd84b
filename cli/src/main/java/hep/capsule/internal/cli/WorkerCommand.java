package hep.capsule.internal.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a worker that verifies one archive ({@link VerifyArchiveCommand}): the base command, to which the
 * archive, the report file and the verification options are appended.
 *
 * @param base e.g. {@code java -Xmx2g -cp ... hep.capsule.internal.cli.Main}
 */
record WorkerCommand(List<String> base) {
    private static final String RECORD_CLASS_ARCHIVE = "-XX:ArchiveClassesAtExit=";

    WorkerCommand {
        base = List.copyOf(base);
    }

    /**
     * The same java, JVM options (those of {@code JAVA_OPTS}, and the launcher's class-data sharing archive) and class
     * path as this process.
     */
    static WorkerCommand thisJvm() {
        return of(
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString()),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"));
    }

    /**
     * A worker running {@code java} with these JVM options and class path. Only the parent writes the class-data
     * sharing archive it may be recording: the workers would all write the same file.
     */
    static WorkerCommand of(String java, List<String> jvmOptions, String classPath) {
        List<String> command = new ArrayList<>(List.of(java));
        jvmOptions.stream()
                .filter(option -> !option.startsWith(RECORD_CLASS_ARCHIVE))
                .forEach(command::add);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        return new WorkerCommand(command);
    }

    /**
     * @param scratch where the worker unpacks, inside the parent's work folder: removed even when the worker is killed
     */
    List<String> command(Path archive, Path report, Path scratch, List<String> verifyArguments) {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(
                VerifyArchiveCommand.NAME,
                archive.toString(),
                "--report",
                report.toString(),
                "--scratch",
                scratch.toString()));
        command.addAll(verifyArguments);
        return command;
    }
}
