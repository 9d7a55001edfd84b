package hep.capsule.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a worker that verifies one archive ({@link VerifyArchiveCommand}): the base
 * command, to which the archive, the report file and the verification options are appended.
 *
 * @param base e.g. {@code java -Xmx2g -cp ... hep.capsule.cli.Main}
 */
record WorkerCommand(List<String> base) {
    WorkerCommand {
        base = List.copyOf(base);
    }

    /** The same java, JVM options (those of {@code JAVA_OPTS}) and class path as this process. */
    static WorkerCommand thisJvm() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return new WorkerCommand(command);
    }

    /** @param scratch where the worker unpacks, inside the parent's work folder: removed even when the worker is killed */
    List<String> command(Path archive, Path report, Path scratch, List<String> verifyArguments) {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(VerifyArchiveCommand.NAME, archive.toString(), "--report", report.toString(), "--scratch", scratch.toString()));
        command.addAll(verifyArguments);
        return command;
    }
}
