package hep.capsule.internal.cli;

/**
 * The HTCondor submit description of a campaign: one cluster of jobs, one per archive, the process number
 * {@code $(ProcId)} being the task index ({@code condor_submit capsule.sub}).
 */
final class CondorSubmitFile {
    static final String FILE = "capsule.sub";

    private CondorSubmitFile() {}

    static String text(CampaignPlan plan) {
        return String.join(
                "\n",
                "# Submit with: condor_submit " + plan.folder().resolve(FILE) + "   then: capsule campaign summarize "
                        + plan.folder(),
                "universe = vanilla",
                "executable = /bin/sh",
                "arguments = \"" + condorWord(plan.task().toString()) + " $(ProcId)\"",
                "initialdir = " + plan.folder(),
                "output = " + plan.logs() + "/condor-$(ClusterId)_$(ProcId).out",
                "error = " + plan.logs() + "/condor-$(ClusterId)_$(ProcId).err",
                "log = " + plan.logs() + "/condor-$(ClusterId).log",
                "request_cpus = 1",
                "should_transfer_files = NO",
                "max_materialize = " + plan.parallelism(),
                "queue " + plan.archives().size(),
                "");
    }

    /** One argument in HTCondor's new argument syntax: single quotes around it, a single quote doubled. */
    private static String condorWord(String word) {
        return "'" + word.replace("'", "''").replace("\"", "\"\"") + "'";
    }
}
