package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {
    @Test
    void aWorkerMapsTheParentsClassArchiveButNeverRecordsOne() {
        WorkerCommand worker = WorkerCommand.of(
                "/usr/bin/java",
                List.of(
                        "-Xmx512m",
                        "-XX:SharedArchiveFile=/home/u/.cache/capsule/cds/verify-1.jsa",
                        "-XX:ArchiveClassesAtExit=/home/u/.cache/capsule/cds/verify-2.jsa.x1",
                        "-Xlog:cds=off"),
                "a.jar:b.jar");
        assertEquals(
                List.of(
                        "/usr/bin/java",
                        "-Xmx512m",
                        "-XX:SharedArchiveFile=/home/u/.cache/capsule/cds/verify-1.jsa",
                        "-Xlog:cds=off",
                        "-cp",
                        "a.jar:b.jar",
                        "hep.capsule.internal.cli.Main",
                        "verify-archive",
                        "x.tar.gz",
                        "--report",
                        "r.json",
                        "--scratch",
                        "s",
                        "--exact"),
                worker.command(Path.of("x.tar.gz"), Path.of("r.json"), Path.of("s"), List.of("--exact")));
    }
}
