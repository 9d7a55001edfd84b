package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.Verdict;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign on a real workload manager: a throw-away single-node Slurm (slurmctld and slurmd on this host) runs the
 * campaign's job array over three capsules, one tampered, and {@code capsule campaign summarize} merges the reports.
 * {@code .ci/run} installs Slurm.
 */
class SlurmCampaignTest {
    private static final Path START =
            Examples.repositoryRoot().resolve("archive-examples/src/test/resources/slurm/start-single-node.sh");
    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(3);

    @TempDir
    Path temp;

    private Path slurm;

    @Test
    void aJobArrayVerifiesEveryArchiveAndTheSummaryNamesTheTamperedOne() throws Exception {
        // A missing tool fails the test rather than skipping it: ./run-tests installs Slurm and runs as root.
        assertTrue(
                Stream.of("sbatch", "squeue", "slurmctld", "slurmd", "munged").allMatch(SlurmCampaignTest::installed),
                "Slurm is not installed, so the campaign test cannot run: `apt-get install slurm-wlm munge` "
                        + "(./run-tests does it)");
        assertTrue(
                "root".equals(System.getProperty("user.name")),
                "the single-node Slurm of this test runs its daemons as root (SlurmUser=root); run the "
                        + "tests as root, as ./run-tests does");
        slurm = Files.createDirectories(temp.resolve("slurm"));
        assertEquals(
                0,
                run(List.of("/bin/sh", START.toString(), slurm.toString(), freePort(), freePort())),
                "starting Slurm");

        Launcher.Run pack = Launcher.run(
                temp, "pack", Examples.HH_RESDNN_EVEN.descriptor().toString(), "-o", "first.capsule.tar.gz");
        assertEquals(0, pack.exitCode(), pack.all());
        Files.copy(temp.resolve("first.capsule.tar.gz"), temp.resolve("second.capsule.tar.gz"));
        BagSurgery tampered = BagSurgery.open(temp.resolve("first.capsule.tar.gz"));
        tampered.files.get("data/reference/resdnn_even/outputs/dense_3.npy")[200] ^= 0x01;
        tampered.write(temp.resolve("tampered.capsule.tar.gz"));
        Files.writeString(
                temp.resolve("campaign.txt"), "first.capsule.tar.gz\ntampered.capsule.tar.gz\nsecond.capsule.tar.gz\n");

        Launcher.Run campaign = Launcher.run(
                temp,
                "campaign",
                "campaign.txt",
                "-o",
                "campaign",
                "--capsule-command",
                Launcher.SCRIPT.toString(),
                "--parallel",
                "2");
        assertEquals(0, campaign.exitCode(), campaign.all());
        waitUntil(
                "the node is idle",
                () -> slurmOutput("sinfo", "-h", "-o", "%T").strip().equals("idle"));
        String job = slurmOutput(
                        "sbatch",
                        "--parsable",
                        temp.resolve("campaign/capsule.sbatch").toString())
                .strip();
        assertTrue(job.matches("\\d+"), "sbatch gives the job id: " + job);
        waitUntil(
                "job array " + job + " has finished",
                () -> slurmOutput("squeue", "-h", "-j", job).isBlank());

        Launcher.Run summary = Launcher.run(temp, "campaign", "summarize", "campaign", "--junit", "campaign.xml");
        assertEquals(4, summary.exitCode(), summary.all());
        assertTrue(summary.out().contains("summary: 3 archives: 2 REPRODUCED, 1 INVALID"), summary.all());
        List<ArchiveReport> archives = ReportJson.read(Files.readAllBytes(temp.resolve("campaign/summary.json")))
                .archives();
        assertEquals(
                List.of(Verdict.REPRODUCED, Verdict.INVALID, Verdict.REPRODUCED),
                archives.stream().map(ArchiveReport::verdict).toList());
        assertTrue(
                archives.get(1).path().endsWith("tampered.capsule.tar.gz")
                        && archives.get(1).reason().contains("dense_3.npy"),
                archives.get(1).reason());
        String junit = Files.readString(temp.resolve("campaign.xml"));
        assertTrue(junit.contains("tests=\"3\" failures=\"1\""), junit);
    }

    @AfterEach
    void stopSlurm() throws Exception {
        if (slurm == null) {
            return;
        }
        for (String daemon : List.of("slurmd.pid", "slurmctld.pid")) {
            Path pidFile = slurm.resolve(daemon);
            if (Files.exists(pidFile)) {
                Optional<ProcessHandle> process = ProcessHandle.of(
                        Long.parseLong(Files.readString(pidFile).strip()));
                if (process.isPresent()) {
                    process.get().destroy();
                    process.get().onExit().get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(String what, Condition condition) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.holds()) {
            if (System.currentTimeMillis() > deadline) {
                fail("waited " + WAIT_MILLIS / 1000 + " s, but still not: " + what);
            }
            Thread.sleep(500);
        }
    }

    private String slurmOutput(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SLURM_CONF", slurm.resolve("slurm.conf").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static boolean installed(String tool) {
        return Stream.of(System.getenv("PATH").split(":"), new String[] {"/usr/sbin", "/sbin"})
                .flatMap(Stream::of)
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}
