package hep.capsule.internal.cli;

/** The Slurm batch script of a campaign: one job array, one task per archive ({@code sbatch capsule.sbatch}). */
final class SlurmArrayScript {
    static final String FILE = "capsule.sbatch";

    private SlurmArrayScript() {}

    static String text(CampaignPlan plan) {
        return String.join(
                "\n",
                "#!/bin/sh",
                "#SBATCH --job-name=capsule-verify",
                "#SBATCH --array=0-" + (plan.archives().size() - 1) + "%" + plan.parallelism(),
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --output=" + plan.logs() + "/slurm-%A_%a.out",
                "# Submit with: sbatch " + plan.folder().resolve(FILE) + "   then: capsule campaign summarize "
                        + plan.folder(),
                "exec /bin/sh " + ShellWords.quote(plan.task().toString()) + " \"$SLURM_ARRAY_TASK_ID\"",
                "");
    }
}
