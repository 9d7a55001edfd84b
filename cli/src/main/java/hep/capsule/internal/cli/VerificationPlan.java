package hep.capsule.internal.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a {@code capsule verify} run over several archives will do, before anything runs.
 *
 * @param archives the archives, in the order of the summary
 * @param workers how many archives are verified at once, each in its own process
 * @param timeout how long one archive may take before its worker is stopped
 * @param verifyArguments the options every worker verifies with
 */
record VerificationPlan(List<Path> archives, int workers, Duration timeout, List<String> verifyArguments) {
    VerificationPlan {
        archives = List.copyOf(archives);
        verifyArguments = List.copyOf(verifyArguments);
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, not " + workers);
        }
    }
}
