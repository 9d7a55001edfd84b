package hep.capsule.internal.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.ArchiveLimits;
import hep.capsule.internal.archive.tar.HostileTar;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.CheckStatus;
import hep.capsule.internal.verifier.report.Verdict;
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
 * Archives an attacker would make: each is INVALID at the safety check, with a reason that names the entry and the
 * rule, nothing is written outside the verifier's own folder, and that folder is gone afterwards.
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
                hostile(
                        "parent traversal",
                        gz(() -> tar().file("cap/../../evil", SMALL)),
                        "cap/../../evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "traversal inside data",
                        gz(() -> tar().file("cap/data/../../evil", SMALL)),
                        "cap/data/../../evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "absolute path",
                        gz(() -> tar().file("/tmp/evil", SMALL)),
                        "/tmp/evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "Windows drive letter",
                        gz(() -> tar().file("C:/evil", SMALL)),
                        "C:/evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "Windows device name",
                        gz(() -> tar().file("cap/data/CON.txt", SMALL)),
                        "cap/data/CON.txt",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "backslash traversal",
                        gz(() -> tar().file("cap\\..\\evil", SMALL)),
                        "cap\\..\\evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "symbolic link",
                        gz(() -> tar().symlink("cap/data/link", "/etc/passwd")),
                        "cap/data/link",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "hard link",
                        gz(() -> tar().special("cap/data/hard", TarConstants.LF_LINK, "/etc/passwd")),
                        "cap/data/hard",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "character device",
                        gz(() -> tar().special("cap/data/tty", TarConstants.LF_CHR, null)),
                        "cap/data/tty",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "block device",
                        gz(() -> tar().special("cap/data/disk", TarConstants.LF_BLK, null)),
                        "cap/data/disk",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "FIFO",
                        gz(() -> tar().special("cap/data/pipe", TarConstants.LF_FIFO, null)),
                        "cap/data/pipe",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "the same path twice",
                        gz(() -> tar().file("cap/data/a", SMALL).file("cap/data/a", "replaced")),
                        "cap/data/a",
                        FindingCode.DUPLICATE_ENTRY),
                hostile(
                        "names that differ only in case",
                        gz(() -> tar().file("cap/data/Jet", SMALL).file("cap/data/jet", SMALL)),
                        "cap/data/jet",
                        FindingCode.NAME_COLLISION),
                hostile(
                        "names equal after Unicode normalisation",
                        gz(() -> tar().file("cap/data/\u00e9", SMALL).file("cap/data/e\u0301", SMALL)),
                        "cap/data/e\u0301",
                        FindingCode.NAME_COLLISION),
                hostile(
                        "two top folders",
                        gz(() -> tar().file("cap/bagit.txt", SMALL).file("other/evil", SMALL)),
                        "other/evil",
                        FindingCode.OUTSIDE_TOP_FOLDER),
                hostile(
                        "a file at the top",
                        gz(() -> tar().file("evil", SMALL)),
                        "evil",
                        FindingCode.OUTSIDE_TOP_FOLDER),
                hostile(
                        "not gzip at all",
                        () -> "plain text, not an archive".getBytes(),
                        "capsule.tar.gz",
                        FindingCode.NOT_A_CAPSULE_ARCHIVE),
                hostile(
                        "neither gzip nor tar, 512 bytes",
                        () -> new byte[512],
                        "capsule.tar.gz",
                        FindingCode.NOT_A_CAPSULE_ARCHIVE),
                hostile(
                        "plain tar: parent traversal",
                        () -> tar().file("cap/../../evil", SMALL).tar(),
                        "cap/../../evil",
                        FindingCode.UNSAFE_ENTRY_NAME),
                hostile(
                        "plain tar: symbolic link",
                        () -> tar().symlink("cap/data/link", "/etc/passwd").tar(),
                        "cap/data/link",
                        FindingCode.NOT_A_REGULAR_FILE),
                hostile(
                        "plain tar: truncated",
                        () -> Arrays.copyOf(
                                tar().file("cap/data/a", new byte[5000]).tar(), 2048),
                        "capsule.tar.gz",
                        FindingCode.ARCHIVE_TRUNCATED),
                hostile(
                        "plain tar: data after the end",
                        () -> concat(tar().file("cap/data/a", SMALL).tar(), "hidden".getBytes()),
                        "capsule.tar.gz",
                        FindingCode.DATA_AFTER_TAR_END),
                hostile(
                        "plain tar: a second archive appended",
                        () -> concat(
                                tar().file("cap/data/a", SMALL).tar(),
                                tar().file("cap/data/hidden", SMALL).tar()),
                        "capsule.tar.gz",
                        FindingCode.DATA_AFTER_TAR_END),
                hostile(
                        "truncated gzip stream",
                        () -> Arrays.copyOf(gzipped(tar().file("cap/data/a", new byte[5000])), 60),
                        "capsule.tar.gz",
                        FindingCode.ARCHIVE_TRUNCATED),
                hostile(
                        "garbage after the gzip stream",
                        () -> concat(gzipped(tar().file("cap/data/a", SMALL)), "garbage".getBytes()),
                        "capsule.tar.gz",
                        FindingCode.DATA_AFTER_GZIP_END),
                hostile(
                        "a second archive appended",
                        () -> concat(
                                gzipped(tar().file("cap/data/a", SMALL)),
                                gzipped(tar().file("cap/data/hidden", SMALL))),
                        "capsule.tar.gz",
                        FindingCode.DATA_AFTER_TAR_END),
                hostile("an empty archive", () -> gzipped(tar()), "capsule.tar.gz", FindingCode.EMPTY_ARCHIVE));
    }

    private static Arguments hostile(String what, Archive archive, String entry, FindingCode code) {
        return Arguments.of(what, archive, entry, code);
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
    void isInvalidNamesTheEntryAndTheRuleAndLeavesNothingBehind(
            String what, Archive archive, String entry, FindingCode code) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("a/b/c"));
        Path file = folder.resolve("capsule.tar.gz");
        Files.write(file, archive.bytes());
        Path scratch = Files.createDirectories(temp.resolve("scratch"));

        ArchiveReport report = new Verifier(VerifyOptions.defaults().withScratch(scratch)).verify(file);

        assertEquals(Verdict.INVALID, report.verdict(), report.toString());
        assertEquals(CheckStatus.FAILED, report.checks().get(0).status(), report.toString());
        assertEquals(
                List.of(new Finding(
                        code, entry, report.checks().get(0).findings().get(0).message())),
                report.checks().get(0).findings(),
                what + ": " + report.reason());
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the verifier's work folder is removed");
        }
        try (Stream<Path> everything = Files.walk(temp)) {
            assertEquals(
                    List.of(file),
                    everything.filter(Files::isRegularFile).toList(),
                    "nothing is written beside the archive");
        }
        assertFalse(Files.exists(Path.of("/tmp/evil")));
    }

    @Test
    void anEntryDeclaringAHugeSizeIsRefusedBeforeItsContentIsRead() throws Exception {
        byte[] tar = tar().file("cap/data/huge", new byte[1024]).tar();
        Path file = temp.resolve("huge.tar.gz");
        Files.write(file, HostileTar.gzip(tar));
        ArchiveReport report =
                new Verifier(VerifyOptions.defaults().withLimits(new ArchiveLimits(100, 512, 1 << 20))).verify(file);
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(FindingCode.FILE_TOO_LARGE, safetyFinding(report).code(), report.reason());
        assertEquals("cap/data/huge", safetyFinding(report).file());
    }

    @Test
    void aGzipBombIsStoppedAtTheDecompressionLimit() throws Exception {
        byte[] tar = tar().file("cap/data/zeros", new byte[8 << 20]).tar();
        Path file = temp.resolve("bomb.tar.gz");
        Files.write(file, HostileTar.gzip(tar));
        assertTrue(Files.size(file) < 20_000, "8 MiB of zeros compress to a few kilobytes");
        ArchiveReport report = new Verifier(
                        VerifyOptions.defaults().withLimits(new ArchiveLimits(100, 16 << 20, 1 << 20)))
                .verify(file);
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(
                new Finding(
                        FindingCode.ARCHIVE_TOO_LARGE,
                        "data/zeros",
                        safetyFinding(report).message()),
                safetyFinding(report));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        HostileTar tar = tar();
        for (int i = 0; i < 20; i++) {
            tar.file("cap/data/f" + i, SMALL);
        }
        Path file = tar.writeTo(temp.resolve("many.tar.gz"));
        ArchiveReport report =
                new Verifier(VerifyOptions.defaults().withLimits(new ArchiveLimits(10, 1 << 20, 1 << 20))).verify(file);
        assertEquals(
                new Finding(
                        FindingCode.TOO_MANY_ENTRIES,
                        "many.tar.gz",
                        safetyFinding(report).message()),
                safetyFinding(report));
    }

    private static Finding safetyFinding(ArchiveReport report) {
        assertEquals(Verifier.SAFETY, report.checks().get(0).check());
        assertEquals(1, report.checks().get(0).findings().size(), report.toString());
        return report.checks().get(0).findings().get(0);
    }
}
