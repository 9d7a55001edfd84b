package hep.capsule.internal.cli;

import hep.capsule.internal.packager.PackException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns what a command throws into a message and an exit code: the user's problems get their message alone; an
 * unexpected failure says it is a bug and shows its trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserError || e instanceof PackException) {
            err.println("capsule: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IOException) {
            err.println("capsule: " + describe(e));
            return ExitCodes.BAD_INPUT;
        }
        err.println("capsule: internal error, please report it with the lines below:");
        e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
