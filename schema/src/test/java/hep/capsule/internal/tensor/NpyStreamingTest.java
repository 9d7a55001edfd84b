package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyStreamingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "batches of {0}")
    @ValueSource(ints = {1, 3, 4, 10, 11, 1000})
    void readsAcrossBatchBoundaries(int batch) throws Exception {
        Tensor whole = NpyFiles.random(ElementType.FLOAT64, new long[] {10, 3, 2}, 7);
        Path file = dir.resolve("x.npy");
        Files.write(file, Npy.encode(whole));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        try (NpyReader reader = NpyReader.open(file, "x.npy", NpyLimits.defaults())) {
            assertEquals(NpyHeader.of(ElementType.FLOAT64, new long[] {10, 3, 2}), reader.header());
            while (reader.rowsLeft() > 0) {
                long before = reader.rowsLeft();
                Tensor rows = reader.readRows(batch);
                assertArrayEquals(new long[] {Math.min(batch, before), 3, 2}, rows.shape());
                assertEquals(before - rows.rows(), reader.rowsLeft());
                joined.write(rows.data());
            }
            assertEquals(0, reader.readRows(batch).rows());
        }
        assertArrayEquals(whole.data(), joined.toByteArray());
    }

    @Test
    void writesInBatchesExactlyWhatNpyEncodes() throws Exception {
        Tensor whole = NpyFiles.random(ElementType.BOOL, new long[] {5, 4}, 3);
        Path file = dir.resolve("b.npy");
        try (NpyWriter writer = NpyWriter.create(file, ElementType.BOOL, new long[] {5, 4})) {
            writer.write(new Tensor(ElementType.BOOL, new long[] {2, 4}, Arrays.copyOfRange(whole.data(), 0, 8)));
            writer.write(new Tensor(ElementType.BOOL, new long[] {0, 4}, new byte[0]));
            writer.write(new Tensor(ElementType.BOOL, new long[] {3, 4}, Arrays.copyOfRange(whole.data(), 8, 20)));
        }
        assertArrayEquals(Npy.encode(whole), Files.readAllBytes(file));
    }

    @Test
    void streamsAScalar() throws Exception {
        Tensor scalar = NpyFiles.random(ElementType.INT32, new long[0], 5);
        Path file = dir.resolve("s.npy");
        try (NpyWriter writer = NpyWriter.create(file, ElementType.INT32, new long[0])) {
            writer.write(scalar);
        }
        try (NpyReader reader = NpyReader.open(file, "s.npy", NpyLimits.defaults())) {
            assertEquals(1, reader.rowsLeft());
            Tensor back = reader.readRows(100);
            assertArrayEquals(new long[0], back.shape());
            assertArrayEquals(scalar.data(), back.data());
            assertEquals(0, reader.rowsLeft());
        }
    }

    @Test
    void refusesAFileShorterThanItsHeaderAtOpen() throws Exception {
        Path file = dir.resolve("short.npy");
        byte[] full = Npy.encode(NpyFiles.random(ElementType.FLOAT32, new long[] {100, 65}, 1));
        Files.write(file, Arrays.copyOf(full, full.length - 4));
        NpyFormatException e = assertThrows(
                NpyFormatException.class, () -> NpyReader.open(file, "capsule/inputs.npy", NpyLimits.defaults()));
        assertTrue(e.getMessage().startsWith("capsule/inputs.npy: truncated"), e.getMessage());
    }

    @Test
    void refusesAFileTruncatedWhileBeingRead() throws Exception {
        Path file = dir.resolve("shrinking.npy");
        Files.write(file, Npy.encode(NpyFiles.random(ElementType.INT64, new long[] {100_000, 2}, 1)));
        try (NpyReader reader = NpyReader.open(file, "shrinking.npy", NpyLimits.defaults())) {
            reader.readRows(10);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
            NpyFormatException e = assertThrows(NpyFormatException.class, () -> {
                while (reader.rowsLeft() > 0) {
                    reader.readRows(1000);
                }
            });
            assertTrue(e.getMessage().startsWith("shrinking.npy: file ends early:"), e.getMessage());
        }
    }

    @Test
    void writerRejectsMismatchedBatches() throws Exception {
        Path file = dir.resolve("w.npy");
        NpyWriter writer = NpyWriter.create(file, ElementType.FLOAT32, new long[] {3, 2});
        assertThrows(
                IllegalArgumentException.class,
                () -> writer.write(NpyFiles.random(ElementType.FLOAT64, new long[] {1, 2}, 1)));
        IllegalArgumentException shape = assertThrows(
                IllegalArgumentException.class,
                () -> writer.write(NpyFiles.random(ElementType.FLOAT32, new long[] {1, 3}, 1)));
        assertTrue(
                shape.getMessage().contains("cannot append a float32[1, 3] batch to an NPY file of float32[3, 2]"),
                shape.getMessage());
        IllegalArgumentException tooMany = assertThrows(
                IllegalArgumentException.class,
                () -> writer.write(NpyFiles.random(ElementType.FLOAT32, new long[] {4, 2}, 1)));
        assertTrue(tooMany.getMessage().contains("exceeds the 3 rows"), tooMany.getMessage());
        writer.write(NpyFiles.random(ElementType.FLOAT32, new long[] {2, 2}, 1));
        IOException incomplete = assertThrows(IOException.class, writer::close);
        assertTrue(
                incomplete.getMessage().contains("header announces 3 rows but only 2 were written"),
                incomplete.getMessage());
    }
}
