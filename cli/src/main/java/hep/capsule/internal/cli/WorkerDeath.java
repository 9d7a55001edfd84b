package hep.capsule.internal.cli;

import java.util.Map;

/** Why a worker ended without a report, in words: the exit status, and the signal that killed it. */
final class WorkerDeath {
    /** A process killed by signal N ends, as Java reports it, with status 128 + N. */
    private static final int SIGNAL_BASE = 128;

    private static final Map<Integer, String> SIGNALS = Map.ofEntries(
            Map.entry(1, "SIGHUP"),
            Map.entry(2, "SIGINT"),
            Map.entry(3, "SIGQUIT"),
            Map.entry(4, "SIGILL"),
            Map.entry(6, "SIGABRT"),
            Map.entry(7, "SIGBUS"),
            Map.entry(8, "SIGFPE"),
            Map.entry(9, "SIGKILL"),
            Map.entry(11, "SIGSEGV"),
            Map.entry(13, "SIGPIPE"),
            Map.entry(15, "SIGTERM"));

    private WorkerDeath() {}

    static String describe(int exitStatus) {
        int signal = exitStatus - SIGNAL_BASE;
        if (signal > 0 && signal < 65) {
            return "the worker verifying it was killed by signal " + signal + " ("
                    + SIGNALS.getOrDefault(signal, "SIG" + signal) + ") before writing a report"
                    + (signal == 6 ? "; a JVM crash (hs_err_pid*.log) ends this way" : "");
        }
        return "the worker verifying it ended with exit status " + exitStatus + " without writing a report";
    }
}
