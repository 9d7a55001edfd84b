package hep.capsule.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Sizes, durations and lists of archives as users write them. */
class VerifyArgumentsTest {
    @TempDir
    Path folder;

    @Test
    void sizesTakeBinaryUnits() {
        ByteSize size = new ByteSize();
        assertEquals(100_000L, size.convert("100000"));
        assertEquals(512L << 20, size.convert("512M"));
        assertEquals(16L << 30, size.convert("16G"));
        assertEquals(16L << 30, size.convert("16GiB"));
        assertEquals(2L << 40, size.convert("2t"));
        CommandLine.TypeConversionException wrong =
                assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("16 gigs"));
        assertTrue(wrong.getMessage().contains("e.g. 512M or 16G"), wrong.getMessage());
        assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("0"));
        assertThrows(CommandLine.TypeConversionException.class, () -> size.convert("99999999999T"));
    }

    @Test
    void durationsAreShortOrIso() {
        TimeLimit limit = new TimeLimit();
        assertEquals(Duration.ofSeconds(90), limit.convert("90s"));
        assertEquals(Duration.ofMinutes(10), limit.convert("10m"));
        assertEquals(Duration.ofMinutes(90), limit.convert("PT1H30M"));
        assertThrows(CommandLine.TypeConversionException.class, () -> limit.convert("soon"));
    }

    @Test
    void archivesComeFromPathsFoldersSearchedRecursivelyAndCatalogues() throws Exception {
        Path deep = Files.createDirectories(folder.resolve("campaign/2026/b"));
        Path b = Files.writeString(deep.resolve("b.capsule.tar.gz"), "");
        Path a = Files.writeString(folder.resolve("campaign/a.capsule.tar.gz"), "");
        Path plain = Files.writeString(folder.resolve("campaign/plain.capsule.tar"), "");
        Files.writeString(deep.resolve("notes.txt"), "not an archive");
        Path c = Files.writeString(folder.resolve("c.tgz"), "");
        Path catalogue = Files.writeString(
                folder.resolve("list.txt"),
                "# the upgrade campaign\n\nc.tgz\ncampaign/a.capsule.tar.gz\nmissing.tar.gz\n");

        List<Path> archives = ArchiveList.of(List.of(folder.resolve("campaign")), List.of(catalogue));
        assertEquals(
                List.of(b, a, plain, c, folder.resolve("missing.tar.gz")),
                archives,
                "folder first (in path order), then the catalogue, each archive once; a missing one stays "
                        + "to be reported");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        UserError none = assertThrows(UserError.class, () -> ArchiveList.of(List.of(empty), List.of()));
        assertTrue(none.getMessage().contains("no archives to verify"), none.getMessage());
    }

    @Test
    void theLimitsReachTheWorkerAsArguments() throws Exception {
        VerifyArguments arguments = new VerifyArguments();
        new CommandLine(arguments)
                .parseArgs(
                        "--max-file-size",
                        "2G",
                        "--integrity-only",
                        "--max-descriptor-size",
                        "16M",
                        "--max-tensor-size",
                        "32G",
                        "--max-model-memory",
                        "3G");
        List<String> forwarded = arguments.asArguments();
        assertTrue(forwarded.contains("--integrity-only"), forwarded.toString());
        assertEquals(String.valueOf(2L << 30), forwarded.get(forwarded.indexOf("--max-file-size") + 1));
        assertEquals("100000", forwarded.get(forwarded.indexOf("--max-entries") + 1));
        assertEquals(String.valueOf(16L << 20), forwarded.get(forwarded.indexOf("--max-descriptor-size") + 1));
        assertEquals(String.valueOf(32L << 30), forwarded.get(forwarded.indexOf("--max-tensor-size") + 1));
        assertEquals(String.valueOf(3L << 30), forwarded.get(forwarded.indexOf("--max-model-memory") + 1));

        VerifyArguments worker = new VerifyArguments();
        new CommandLine(worker).parseArgs(forwarded.toArray(String[]::new));
        assertEquals(forwarded, worker.asArguments(), "the worker forwards, and so verifies with, the same limits");
        assertEquals(3L << 30, worker.options().modelMemory().bytes());
    }

    @Test
    void aDescriptorLimitBeyondWhatJavaCanReadIsABadCommandLine() {
        VerifyArguments arguments = new VerifyArguments();
        new CommandLine(arguments).parseArgs("--max-descriptor-size", "2G");
        UserError tooLarge = assertThrows(UserError.class, arguments::options);
        assertTrue(
                tooLarge.getMessage().contains("--max-descriptor-size can be at most 2147483647 bytes"),
                tooLarge.getMessage());
    }
}
