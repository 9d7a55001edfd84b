package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;

/** Writes a {@link CampaignPlan}'s folder: the archive list, the task script and one job file per workload manager. */
final class CampaignFiles {
    private CampaignFiles() {}

    static void write(CampaignPlan plan) throws IOException {
        Files.createDirectories(plan.reports());
        Files.createDirectories(plan.logs());
        text(
                plan.archiveList(),
                plan.archives().stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n")));
        text(plan.task(), CampaignTaskScript.text(plan));
        Files.setPosixFilePermissions(plan.task(), PosixFilePermissions.fromString("rwxr-xr-x"));
        if (plan.apptainerImage().isPresent()) {
            text(
                    plan.apptainerLauncher(),
                    ApptainerLauncher.text(plan, plan.apptainerImage().get()));
            Files.setPosixFilePermissions(plan.apptainerLauncher(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        text(plan.folder().resolve(SlurmArrayScript.FILE), SlurmArrayScript.text(plan));
        text(plan.folder().resolve(CondorSubmitFile.FILE), CondorSubmitFile.text(plan));
        text(plan.folder().resolve(KubernetesIndexedJob.FILE), KubernetesIndexedJob.text(plan));
    }

    private static void text(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, true, out -> out.write(bytes));
    }
}
