package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.ReportJson;
import hep.capsule.internal.verifier.report.Verdict;
import hep.capsule.internal.verifier.report.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * Several archives verified in parallel worker processes: a worker that dies (here a script that kills itself with
 * SIGSEGV, as a native crash in a runtime would) or hangs makes only its own archive INVALID, with the reason, while
 * the real workers verify the others.
 */
class ParallelVerificationTest {
    private static final Path EXAMPLE = Path.of("../archive-examples/atlas-higp-2024-32-resdnn-even/capsule.yaml");

    @TempDir
    static Path folder;

    static Path first;
    static Path crashing;
    static Path last;

    @BeforeAll
    static void packThreeCopies() throws Exception {
        first = folder.resolve("first.capsule.tar.gz");
        assertEquals(0, Main.commandLine().execute("pack", EXAMPLE.toString(), "-o", first.toString()));
        crashing = Files.copy(first, folder.resolve("crashing.capsule.tar.gz"));
        last = Files.copy(first, folder.resolve("last.capsule.tar.gz"));
    }

    private static WorkerCommand script(String name, String body) throws Exception {
        Path script = Files.writeString(folder.resolve(name), "#!/bin/sh\n" + body + "\n");
        return new WorkerCommand(List.of("/bin/sh", script.toString()));
    }

    private static int verify(Function<Path, WorkerCommand> workers, String... arguments) {
        return new CommandLine(new VerifyCommand(workers))
                .setExecutionExceptionHandler(new Failures())
                .execute(arguments);
    }

    @Test
    void aWorkerKilledBySigsegvMakesOnlyItsArchiveInvalidAndTheSummaryNamesTheSignal() throws Exception {
        WorkerCommand segfault = script("segfault.sh", "kill -SEGV $$");
        Path json = folder.resolve("summary.json");
        Path junit = folder.resolve("summary.xml");
        int exit = verify(
                archive -> archive.equals(crashing) ? segfault : WorkerCommand.thisJvm(),
                first.toString(),
                crashing.toString(),
                last.toString(),
                "--jobs",
                "2",
                "--json",
                json.toString(),
                "--junit",
                junit.toString());

        assertEquals(4, exit, "the worst verdict, INVALID, decides the exit code");
        VerificationReport summary = ReportJson.read(Files.readAllBytes(json));
        assertEquals(Verdict.INVALID, summary.verdict());
        List<ArchiveReport> archives = summary.archives();
        assertEquals(
                List.of(first.toString(), crashing.toString(), last.toString()),
                archives.stream().map(ArchiveReport::path).toList(),
                "the summary keeps the order given");
        assertEquals(
                Verdict.REPRODUCED, archives.get(0).verdict(), archives.get(0).reason());
        assertEquals(Verdict.INVALID, archives.get(1).verdict());
        assertTrue(
                archives.get(1).reason().contains("killed by signal 11 (SIGSEGV)"),
                archives.get(1).reason());
        assertEquals(
                List.of(new Finding(
                        FindingCode.VERIFICATION_STOPPED,
                        crashing.toString(),
                        archives.get(1).reason())),
                archives.get(1).checks().get(0).findings(),
                "the reason as a coded finding, read back from the worker's JSON");
        assertEquals(
                Verdict.REPRODUCED, archives.get(2).verdict(), archives.get(2).reason());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element crashed = (Element) cases.item(1);
        assertEquals(crashing.toString(), crashed.getAttribute("name"));
        Element failure = (Element) crashed.getElementsByTagName("failure").item(0);
        assertEquals("INVALID", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("SIGSEGV"), failure.getAttribute("message"));
        assertEquals(
                0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        assertEquals("1", ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    @Test
    void aHangingWorkerIsStoppedAtTheTimeLimitAndAFailingOneIsReportedWithItsStatusAndLastMessage() throws Exception {
        WorkerCommand hanging = script("hang.sh", "exec sleep 600");
        WorkerCommand failing = script("fail.sh", "echo 'java.lang.OutOfMemoryError: Java heap space' >&2\nexit 3");
        Path json = folder.resolve("stopped.json");
        int exit = verify(
                archive -> archive.equals(first) ? hanging : failing,
                first.toString(),
                last.toString(),
                "--timeout-per-archive",
                "2s",
                "--json",
                json.toString());

        assertEquals(4, exit);
        List<ArchiveReport> archives = ReportJson.read(Files.readAllBytes(json)).archives();
        assertTrue(
                archives.get(0).reason().contains("time limit of 2s (--timeout-per-archive)"),
                archives.get(0).reason());
        assertTrue(
                archives.get(1).reason().contains("exit status 3")
                        && archives.get(1).reason().contains("Java heap space"),
                archives.get(1).reason());
    }

    @Test
    void severalArchivesEachUnpackInAScratchFolderThatTheParentRemoves() throws Exception {
        Path arguments = folder.resolve("arguments.txt");
        WorkerCommand recording = script("record.sh", "printf '%s\\n' \"$@\" > " + arguments + "\nexit 3");
        int exit = verify(
                archive -> archive.equals(first) ? recording : WorkerCommand.thisJvm(),
                first.toString(),
                last.toString());

        assertEquals(4, exit, "the recording worker's failure makes its archive INVALID");
        List<String> given = Files.readAllLines(arguments);
        Path scratch = Path.of(given.get(given.indexOf("--scratch") + 1));
        assertTrue(scratch.getParent().getFileName().toString().startsWith("capsule-workers-"), scratch.toString());
        assertTrue(
                Files.notExists(scratch.getParent()),
                "the parent removes the worker's scratch folder, whatever the worker left");
    }

    @Test
    void aSingleArchiveIsVerifiedInThisProcessWithoutAWorker() {
        WorkerCommand failing = new WorkerCommand(List.of("/bin/false"));
        assertEquals(
                0,
                verify(archive -> failing, first.toString()),
                "no worker ran: the archive was verified here, REPRODUCED");
    }

    @Test
    void aSingleArchiveHasTheDefaultTimeLimitAndAHangingOneIsStopped() throws Exception {
        VerifyCommand defaults = new VerifyCommand();
        new CommandLine(defaults).parseArgs(first.toString());
        assertEquals(Duration.ofHours(6), defaults.timeoutPerArchive);

        Thread verifying = Thread.currentThread();
        List<Integer> endedWith = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<ArchiveReport> given = new java.util.concurrent.CopyOnWriteArrayList<>();
        InProcessVerification run = new InProcessVerification(Duration.ofMillis(300), code -> {
            endedWith.add(code);
            verifying.interrupt(); // stands in for Runtime.halt, which would end the test run
        });
        run.verify(
                first,
                archive -> {
                    try {
                        Thread.sleep(600_000); // a model that never finishes
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                },
                report -> {
                    given.add(report);
                    return report.verdict().exitCode(false);
                });
        Thread.interrupted();

        assertEquals(List.of(4), endedWith, "the process ends with INVALID's exit code");
        assertEquals(Verdict.INVALID, given.get(0).verdict());
        assertTrue(
                given.get(0).reason().contains("time limit of 0.3s (--timeout-per-archive); verification was stopped"),
                given.get(0).reason());
    }
}
