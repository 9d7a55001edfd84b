package hep.capsule.internal.cli;

/**
 * The script every workload manager runs for one task: takes the task index (from 0), picks that line of the archive
 * list, and verifies the archive into {@code reports/INDEX.json}. The environment variable {@code CAPSULE} overrides
 * the command that starts Capsule.
 */
final class CampaignTaskScript {
    private CampaignTaskScript() {}

    static String text(CampaignPlan plan) {
        return String.join(
                "\n",
                "#!/bin/sh",
                "# One task of a Capsule verification campaign: task.sh INDEX verifies line INDEX+1 of "
                        + CampaignPlan.ARCHIVES + ".",
                "set -eu",
                "index=\"$1\"",
                "archive=\"$(sed -n \"$((index + 1))p\" "
                        + ShellWords.quote(plan.archiveList().toString()) + ")\"",
                "if [ -z \"$archive\" ]; then echo \"task $index: no such line in " + CampaignPlan.ARCHIVES
                        + "\" >&2; exit 2; fi",
                "export ORT_DISABLE_TELEMETRY=1",
                "# the exit code is the verdict's (4 for INVALID); the report says why",
                "exec ${CAPSULE:-" + ShellWords.quote(plan.capsuleCommand()) + "} verify \"$archive\" --json "
                        + ShellWords.quote(plan.reports().toString()) + "/\"$index\".json "
                        + ShellWords.quote(plan.verifyArguments()),
                "");
    }
}
