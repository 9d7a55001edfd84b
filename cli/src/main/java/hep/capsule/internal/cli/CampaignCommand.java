package hep.capsule.internal.cli;

import hep.capsule.internal.schema.CapsuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "campaign",
        mixinStandardHelpOptions = true,
        subcommands = CampaignSummaryCommand.class,
        description = {
            "Write the job files that verify many archives on a cluster with an existing workload manager, "
                    + "one archive per task:",
            "a Slurm job array (sbatch), an HTCondor submit file (condor_submit) and a Kubernetes Indexed "
                    + "Job (kubectl apply).",
            "Each task writes DIR/reports/INDEX.json; `capsule campaign summarize DIR` merges them."
        })
final class CampaignCommand implements Callable<Integer> {
    // Not required in picocli's sense, so that `campaign summarize DIR` needs neither.
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "LIST",
            description = "a catalogue: archives or folders, one per line (relative to the file)")
    Path list;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "the campaign folder, on a file system every node sees (required)")
    Path folder;

    @Option(
            names = "--capsule-command",
            paramLabel = "COMMAND",
            defaultValue = "capsule",
            description = "how a batch node starts Capsule (default: ${DEFAULT-VALUE}, from the PATH)")
    String capsuleCommand;

    @Option(
            names = "--image",
            paramLabel = "IMAGE",
            description = "Capsule's OCI image for Kubernetes (default: capsule:VERSION)")
    String image;

    @Option(
            names = "--apptainer",
            paramLabel = "SIF",
            description = "run each task's Capsule from this Apptainer image (apptainer build capsule.sif "
                    + "oci-archive:image.tar), through DIR/" + ApptainerLauncher.FILE)
    Path apptainer;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "100",
            description = "tasks running at once (default: ${DEFAULT-VALUE})")
    int parallel;

    @Mixin
    VerifyArguments verification;

    @Override
    public Integer call() throws IOException, UserError {
        if (list == null || folder == null) {
            throw new UserError("campaign needs a LIST of archives and -o DIR: capsule campaign LIST -o DIR");
        }
        List<Path> archives = ArchiveList.of(List.of(), List.of(list)).stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        if (parallel < 1) {
            throw new UserError("--parallel must be at least 1, not " + parallel);
        }
        if (Files.exists(folder.resolve(CampaignPlan.ARCHIVES))) {
            throw new UserError(folder + " already holds a campaign; choose another folder, or remove it first");
        }
        Path campaign = folder.toAbsolutePath().normalize();
        Optional<Path> sif =
                Optional.ofNullable(apptainer).map(p -> p.toAbsolutePath().normalize());
        if (sif.isPresent()) {
            if (!capsuleCommand.equals("capsule")) {
                throw new UserError("give either --apptainer or --capsule-command: with --apptainer, tasks start "
                        + "Capsule from the image");
            }
            ApptainerLauncher.checkBindable(campaign);
            ApptainerLauncher.checkBindable(sif.get());
            for (Path archive : archives) {
                ApptainerLauncher.checkBindable(archive.getParent());
            }
        }
        CampaignPlan plan = new CampaignPlan(
                campaign,
                archives,
                sif.isPresent() ? campaign.resolve(ApptainerLauncher.FILE).toString() : capsuleCommand,
                image == null ? "capsule:" + CapsuleVersion.current() : image,
                parallel,
                verification.asArguments(),
                sif);
        CampaignFiles.write(plan);
        System.out.println("campaign of " + archives.size() + " archives in " + plan.folder() + "; submit one of:");
        System.out.println("  sbatch " + plan.folder().resolve(SlurmArrayScript.FILE));
        System.out.println("  condor_submit " + plan.folder().resolve(CondorSubmitFile.FILE));
        System.out.println("  kubectl apply -f " + plan.folder().resolve(KubernetesIndexedJob.FILE));
        plan.apptainerImage()
                .ifPresent(file -> System.out.println(
                        "each task starts Capsule from " + file + " with " + plan.apptainerLauncher()));
        System.out.println("then: capsule campaign summarize " + plan.folder());
        return ExitCodes.OK;
    }
}
