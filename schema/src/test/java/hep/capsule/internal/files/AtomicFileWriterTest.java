package hep.capsule.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path temp;

    @Test
    void refusesToOverwriteWithoutForceAndLeavesNoPartialFile() throws IOException {
        Path target = temp.resolve("out.tar.gz");
        Files.writeString(target, "previous");
        assertThrows(
                FileAlreadyExistsException.class, () -> AtomicFileWriter.write(target, false, out -> out.write(1)));
        assertThrows(
                IOException.class,
                () -> AtomicFileWriter.write(target, true, out -> {
                    out.write(new byte[100]);
                    throw new IOException("disk full");
                }));
        assertEquals("previous", Files.readString(target));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList(), "no temporary file may be left behind");
        }
    }

    @Test
    void aRefusedFileNeitherReplacesTheTargetNorStays() throws IOException {
        Path target = temp.resolve("out.tar.gz");
        Files.writeString(target, "previous");
        List<Long> checkedSizes = new ArrayList<>();
        IOException refused = assertThrows(
                IOException.class,
                () -> AtomicFileWriter.write(target, true, out -> out.write(new byte[100]), written -> {
                    checkedSizes.add(Files.size(written));
                    throw new IOException("incomplete");
                }));
        assertEquals("incomplete", refused.getMessage());
        assertEquals(List.of(100L), checkedSizes, "the check sees the whole file");
        assertEquals("previous", Files.readString(target));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList(), "no temporary file may be left behind");
        }
    }
}
