package hep.capsule.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.archive.tar.ArchiveLimits;
import hep.capsule.archive.tar.HostileTar;
import hep.capsule.verifier.report.ArchiveReport;
import hep.capsule.verifier.report.CheckStatus;
import hep.capsule.verifier.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Archives an attacker would make: each is INVALID at the safety check, with a reason that names
 * the entry and the rule, nothing is written outside the verifier's own folder, and that folder
 * is gone afterwards.
 */
class HostileArchivesTest {
    private static final byte[] SMALL = "x".getBytes();

    @TempDir
    Path temp;

    interface Archive {
        byte[] bytes() throws IOException;
    }

    static Stream<Arguments> hostileArchives() {
        return Stream.of(
                hostile("parent traversal", gz(() -> tar().file("cap/../../evil", SMALL)), "cap/../../evil", "path traversal"),
                hostile("traversal inside data", gz(() -> tar().file("cap/data/../../evil", SMALL)), "cap/data/../../evil", "path traversal"),
                hostile("absolute path", gz(() -> tar().file("/tmp/evil", SMALL)), "/tmp/evil", "absolute paths"),
                hostile("Windows drive letter", gz(() -> tar().file("C:/evil", SMALL)), "C:/evil", "drive letters"),
                hostile("Windows device name", gz(() -> tar().file("cap/data/CON.txt", SMALL)), "cap/data/CON.txt", "reserved device name"),
                hostile("backslash traversal", gz(() -> tar().file("cap\\..\\evil", SMALL)), "cap\\..\\evil", "backslashes"),
                hostile("symbolic link", gz(() -> tar().symlink("cap/data/link", "/etc/passwd")), "cap/data/link", "symbolic link"),
                hostile("hard link", gz(() -> tar().special("cap/data/hard", TarConstants.LF_LINK, "/etc/passwd")), "cap/data/hard", "hard link"),
                hostile("character device", gz(() -> tar().special("cap/data/tty", TarConstants.LF_CHR, null)), "cap/data/tty", "character device"),
                hostile("block device", gz(() -> tar().special("cap/data/disk", TarConstants.LF_BLK, null)), "cap/data/disk", "block device"),
                hostile("FIFO", gz(() -> tar().special("cap/data/pipe", TarConstants.LF_FIFO, null)), "cap/data/pipe", "FIFO"),
                hostile("the same path twice", gz(() -> tar().file("cap/data/a", SMALL).file("cap/data/a", "replaced")), "cap/data/a", "appears twice"),
                hostile("names that differ only in case", gz(() -> tar().file("cap/data/Jet", SMALL).file("cap/data/jet", SMALL)), "cap/data/jet", "case-insensitive"),
                hostile("names equal after Unicode normalisation", gz(() -> tar().file("cap/data/\u00e9", SMALL).file("cap/data/e\u0301", SMALL)),
                        "cap/data/e\u0301", "Unicode-normalising"),
                hostile("two top folders", gz(() -> tar().file("cap/bagit.txt", SMALL).file("other/evil", SMALL)), "other/evil", "single top folder"),
                hostile("a file at the top", gz(() -> tar().file("evil", SMALL)), "evil", "inside the archive's top folder"),
                hostile("not gzip at all", () -> "plain text, not an archive".getBytes(), "capsule.tar.gz", "gzip"),
                hostile("neither gzip nor tar, 512 bytes", () -> new byte[512], "capsule.tar.gz", "no \"ustar\" header"),
                hostile("plain tar: parent traversal", () -> tar().file("cap/../../evil", SMALL).tar(), "cap/../../evil", "path traversal"),
                hostile("plain tar: symbolic link", () -> tar().symlink("cap/data/link", "/etc/passwd").tar(), "cap/data/link", "symbolic link"),
                hostile("plain tar: truncated", () -> Arrays.copyOf(tar().file("cap/data/a", new byte[5000]).tar(), 2048), "capsule.tar.gz", "truncated"),
                hostile("plain tar: data after the end", () -> concat(tar().file("cap/data/a", SMALL).tar(), "hidden".getBytes()),
                        "capsule.tar.gz", "follows the end of the tar archive"),
                hostile("plain tar: a second archive appended", () -> concat(tar().file("cap/data/a", SMALL).tar(), tar().file("cap/data/hidden", SMALL).tar()),
                        "capsule.tar.gz", "follows the end of the tar archive"),
                hostile("truncated gzip stream", () -> Arrays.copyOf(gzipped(tar().file("cap/data/a", new byte[5000])), 60), "capsule.tar.gz", "truncated"),
                hostile("garbage after the gzip stream", () -> concat(gzipped(tar().file("cap/data/a", SMALL)), "garbage".getBytes()),
                        "capsule.tar.gz", "follows the end of the gzip stream"),
                hostile("a second archive appended", () -> concat(gzipped(tar().file("cap/data/a", SMALL)), gzipped(tar().file("cap/data/hidden", SMALL))),
                        "capsule.tar.gz", "follows the end of the tar archive"),
                hostile("an empty archive", () -> gzipped(tar()), "capsule.tar.gz", "empty"));
    }

    private static Arguments hostile(String what, Archive archive, String entry, String rule) {
        return Arguments.of(what, archive, entry, rule);
    }

    interface TarBuilder {
        HostileTar build() throws IOException;
    }

    private static Archive gz(TarBuilder builder) {
        return () -> HostileTar.gzip(builder.build().tar());
    }

    private static HostileTar tar() {
        return new HostileTar();
    }

    private static byte[] gzipped(HostileTar tar) throws IOException {
        return HostileTar.gzip(tar.tar());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileArchives")
    void isInvalidNamesTheEntryAndTheRuleAndLeavesNothingBehind(String what, Archive archive, String entry, String rule) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("a/b/c"));
        Path file = folder.resolve("capsule.tar.gz");
        Files.write(file, archive.bytes());
        Path scratch = Files.createDirectories(temp.resolve("scratch"));

        ArchiveReport report = new Verifier(VerifyOptions.defaults().withScratch(scratch)).verify(file);

        assertEquals(Verdict.INVALID, report.verdict(), report.toString());
        assertEquals(CheckStatus.FAILED, report.checks().get(0).status(), report.toString());
        assertTrue(report.reason().contains(entry) && report.reason().contains(rule), what + ": " + report.reason());
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the verifier's work folder is removed");
        }
        try (Stream<Path> everything = Files.walk(temp)) {
            assertEquals(List.of(file), everything.filter(Files::isRegularFile).toList(), "nothing is written beside the archive");
        }
        assertFalse(Files.exists(Path.of("/tmp/evil")));
    }

    @Test
    void anEntryDeclaringAHugeSizeIsRefusedBeforeItsContentIsRead() throws Exception {
        byte[] tar = tar().file("cap/data/huge", new byte[1024]).tar();
        Path file = temp.resolve("huge.tar.gz");
        Files.write(file, HostileTar.gzip(tar));
        ArchiveReport report = new Verifier(VerifyOptions.defaults().withLimits(new ArchiveLimits(100, 512, 1 << 20))).verify(file);
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.reason().contains("cap/data/huge") && report.reason().contains("more than the limit of 512"), report.reason());
    }

    @Test
    void aGzipBombIsStoppedAtTheDecompressionLimit() throws Exception {
        byte[] tar = tar().file("cap/data/zeros", new byte[8 << 20]).tar();
        Path file = temp.resolve("bomb.tar.gz");
        Files.write(file, HostileTar.gzip(tar));
        assertTrue(Files.size(file) < 20_000, "8 MiB of zeros compress to a few kilobytes");
        ArchiveReport report = new Verifier(VerifyOptions.defaults().withLimits(new ArchiveLimits(100, 16 << 20, 1 << 20))).verify(file);
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.reason().contains("data/zeros") && report.reason().contains("expands beyond the limit"), report.reason());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        HostileTar tar = tar();
        for (int i = 0; i < 20; i++) {
            tar.file("cap/data/f" + i, SMALL);
        }
        Path file = tar.writeTo(temp.resolve("many.tar.gz"));
        ArchiveReport report = new Verifier(VerifyOptions.defaults().withLimits(new ArchiveLimits(10, 1 << 20, 1 << 20))).verify(file);
        assertTrue(report.reason().contains("more than 10 entries"), report.reason());
    }

}
