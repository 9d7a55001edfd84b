package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job files of a campaign, parsed as each workload manager reads them, and the task script, run. */
class CampaignFilesTest {
    @TempDir
    Path folder;

    private CampaignPlan plan() throws Exception {
        List<Path> archives = List.of(
                folder.resolve("a.capsule.tar.gz"),
                folder.resolve("it's b.capsule.tar.gz"),
                folder.resolve("c.capsule.tar.gz"));
        return new CampaignPlan(
                folder.resolve("campaign"),
                archives,
                "capsule",
                "registry.cern.ch/capsule/capsule:1.0",
                2,
                List.of("--integrity-only"),
                Optional.empty());
    }

    @Test
    void theKubernetesManifestIsAnIndexedJobWithOneCompletionPerArchive() throws Exception {
        CampaignPlan plan = plan();
        CampaignFiles.write(plan);
        JsonNode job = new YAMLMapper()
                .readTree(plan.folder().resolve(KubernetesIndexedJob.FILE).toFile());
        assertEquals("batch/v1", job.at("/apiVersion").asText());
        assertEquals("Job", job.at("/kind").asText());
        assertEquals("Indexed", job.at("/spec/completionMode").asText());
        assertEquals(3, job.at("/spec/completions").asInt());
        assertEquals(2, job.at("/spec/parallelism").asInt());
        assertEquals("Never", job.at("/spec/template/spec/restartPolicy").asText());
        JsonNode container = job.at("/spec/template/spec/containers/0");
        assertEquals(
                "registry.cern.ch/capsule/capsule:1.0", container.at("/image").asText());
        assertTrue(
                container.at("/command/2").asText().contains(plan.task() + "' \"$JOB_COMPLETION_INDEX\""),
                container.toString());
        assertEquals(
                plan.folder().toString(),
                container.at("/volumeMounts/0/mountPath").asText());
    }

    @Test
    void theCondorSubmitFileQueuesOneJobPerArchiveAndTheSlurmScriptOneArrayTask() throws Exception {
        CampaignPlan plan = plan();
        CampaignFiles.write(plan);
        Map<String, String> submit = new LinkedHashMap<>();
        String queue = "";
        for (String line : Files.readAllLines(plan.folder().resolve(CondorSubmitFile.FILE))) {
            if (line.startsWith("queue")) {
                queue = line;
            } else if (!line.startsWith("#") && line.contains("=")) {
                submit.put(
                        line.substring(0, line.indexOf('=')).strip(),
                        line.substring(line.indexOf('=') + 1).strip());
            }
        }
        assertEquals("queue 3", queue);
        assertEquals("vanilla", submit.get("universe"));
        assertEquals("\"'" + plan.task() + "' $(ProcId)\"", submit.get("arguments"));
        assertEquals("2", submit.get("max_materialize"));
        String sbatch = Files.readString(plan.folder().resolve(SlurmArrayScript.FILE));
        assertTrue(sbatch.contains("#SBATCH --array=0-2%2") && sbatch.contains("\"$SLURM_ARRAY_TASK_ID\""), sbatch);
    }

    @Test
    void theTaskScriptVerifiesItsLineOfTheListWithTheCampaignsOptions() throws Exception {
        CampaignPlan plan = plan();
        CampaignFiles.write(plan);
        Path fake = Files.writeString(folder.resolve("fake-capsule"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        ProcessBuilder task = new ProcessBuilder("/bin/sh", plan.task().toString(), "1");
        task.environment().put("CAPSULE", "/bin/sh " + fake);
        Process process = task.start();
        String arguments = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertEquals(
                List.of(
                        "verify",
                        folder.resolve("it's b.capsule.tar.gz").toString(),
                        "--json",
                        plan.report(1).toString(),
                        "--integrity-only"),
                arguments.lines().toList());
    }

    @Test
    void theApptainerFormRunsTheImagesJavaWithTheCampaignAndArchiveFoldersBound() throws Exception {
        Path sif = folder.resolve("capsule.sif");
        List<Path> archives =
                List.of(folder.resolve("archives/a.capsule.tar.gz"), folder.resolve("archives/b.capsule.tar.gz"));
        Path campaign = folder.resolve("campaign");
        CampaignPlan plan = new CampaignPlan(
                campaign,
                archives,
                campaign.resolve(ApptainerLauncher.FILE).toString(),
                "capsule:1.0",
                2,
                List.of(),
                Optional.of(sif));
        CampaignFiles.write(plan);
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path fake = Files.writeString(bin.resolve("apptainer"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(fake, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder task = new ProcessBuilder("/bin/sh", plan.task().toString(), "1");
        task.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process process = task.start();
        String arguments = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor());
        assertEquals(
                List.of(
                        "exec",
                        "--cleanenv",
                        "--no-home",
                        "--bind",
                        campaign.toString(),
                        "--bind",
                        folder.resolve("archives") + ":" + folder.resolve("archives") + ":ro",
                        sif.toString(),
                        "/opt/capsule/runtime/bin/java",
                        "@/opt/capsule/capsule.args",
                        "verify",
                        archives.get(1).toString(),
                        "--json",
                        plan.report(1).toString()),
                arguments.lines().toList());
    }

    @Test
    void campaignApptainerWritesTheLauncherAndExcludesCapsuleCommand() throws Exception {
        Path archives = Files.createDirectories(folder.resolve("archives"));
        Files.writeString(archives.resolve("a.capsule.tar.gz"), "");
        Path list = Files.writeString(folder.resolve("list.txt"), "archives/a.capsule.tar.gz\n");
        Path sif = folder.resolve("capsule.sif");

        assertEquals(
                2,
                Main.commandLine()
                        .execute(
                                "campaign",
                                list.toString(),
                                "-o",
                                folder.resolve("both").toString(),
                                "--apptainer",
                                sif.toString(),
                                "--capsule-command",
                                "/opt/capsule/bin/capsule"));
        assertEquals(
                0,
                Main.commandLine()
                        .execute(
                                "campaign",
                                list.toString(),
                                "-o",
                                folder.resolve("grid").toString(),
                                "--apptainer",
                                sif.toString()));

        Path launcher = folder.resolve("grid").resolve(ApptainerLauncher.FILE);
        assertTrue(Files.isExecutable(launcher));
        assertTrue(Files.readString(folder.resolve("grid").resolve(CampaignPlan.TASK))
                .contains("${CAPSULE:-'" + launcher + "'}"));
        assertTrue(
                Files.readString(launcher).contains("'" + sif + "' '/opt/capsule/runtime/bin/java'"),
                Files.readString(launcher));
    }
}
