package hep.capsule.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A verification campaign for a workload manager: one task per archive, each running {@code capsule verify ARCHIVE
 * --json reports/INDEX.json}, before any file is written.
 *
 * @param folder the campaign folder (absolute): the task list, the job files, the reports and logs
 * @param archives the archives (absolute), task {@code i} verifies {@code archives[i]}
 * @param capsuleCommand how a task starts Capsule on a batch node (Slurm, HTCondor)
 * @param image Capsule's OCI image reference, for Kubernetes
 * @param parallelism how many tasks may run at once
 * @param verifyArguments the options every task verifies with
 * @param apptainerImage Capsule's Apptainer image (.sif) the tasks run Capsule from, if any: the capsule command is
 *     then the campaign folder's {@link ApptainerLauncher} script
 */
record CampaignPlan(
        Path folder,
        List<Path> archives,
        String capsuleCommand,
        String image,
        int parallelism,
        List<String> verifyArguments,
        Optional<Path> apptainerImage) {
    static final String ARCHIVES = "archives.txt";
    static final String TASK = "task.sh";
    static final String REPORTS = "reports";
    static final String LOGS = "logs";

    CampaignPlan {
        archives = List.copyOf(archives);
        verifyArguments = List.copyOf(verifyArguments);
    }

    Path archiveList() {
        return folder.resolve(ARCHIVES);
    }

    /** The script that starts Capsule from the Apptainer image. */
    Path apptainerLauncher() {
        return folder.resolve(ApptainerLauncher.FILE);
    }

    Path task() {
        return folder.resolve(TASK);
    }

    Path reports() {
        return folder.resolve(REPORTS);
    }

    Path logs() {
        return folder.resolve(LOGS);
    }

    /** Where task {@code index} writes its JSON report. */
    Path report(int index) {
        return reports().resolve(index + ".json");
    }
}
