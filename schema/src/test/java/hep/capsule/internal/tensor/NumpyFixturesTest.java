package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Reads the files numpy wrote in src/test/resources/npy (see make_fixtures.py there). */
class NumpyFixturesTest {

    @Test
    void float32Matrix() throws Exception {
        Tensor t = read("f4_3x4.npy");
        assertArrayEquals(new long[] {3, 4}, t.shape());
        for (int i = 0; i < 12; i++) {
            assertEquals(i / 4f - 1, t.buffer().getFloat(4 * i));
        }
    }

    @Test
    void float64VectorWithSpecialValues() throws Exception {
        Tensor t = read("f8_5.npy");
        assertArrayEquals(new double[] {0.1, -2.5, 1e300, -0.0, Double.POSITIVE_INFINITY}, doubles(t));
    }

    @Test
    void int32Cube() throws Exception {
        Tensor t = read("i4_2x3x2.npy");
        assertArrayEquals(new long[] {2, 3, 2}, t.shape());
        for (int i = 0; i < 12; i++) {
            assertEquals(i - 6, t.buffer().getInt(4 * i));
        }
    }

    @Test
    void int64Extremes() throws Exception {
        Tensor t = read("i8_4.npy");
        long big = 1L << 62;
        assertArrayEquals(new long[] {-big, -1, 0, big}, new long[] {
            t.buffer().getLong(0),
            t.buffer().getLong(8),
            t.buffer().getLong(16),
            t.buffer().getLong(24)
        });
    }

    @Test
    void boolMatrix() throws Exception {
        Tensor t = read("b1_2x3.npy");
        assertEquals(ElementType.BOOL, t.type());
        assertArrayEquals(new byte[] {1, 0, 1, 0, 0, 1}, t.data());
    }

    @Test
    void scalarAndEmpty() throws Exception {
        Tensor scalar = read("f4_scalar.npy");
        assertArrayEquals(new long[0], scalar.shape());
        assertEquals(1.5f, scalar.buffer().getFloat(0));
        Tensor empty = read("i4_0x3.npy");
        assertArrayEquals(new long[] {0, 3}, empty.shape());
    }

    @Test
    void formatVersions2And3() throws Exception {
        for (String name : new String[] {"v2_f4_2.npy", "v3_f4_2.npy"}) {
            Tensor t = read(name);
            assertEquals(1f, t.buffer().getFloat(0), name);
            assertEquals(2f, t.buffer().getFloat(4), name);
        }
    }

    @Test
    void ourEncodingIsByteIdenticalToNumpys() throws Exception {
        for (String name : new String[] {
            "f4_3x4.npy", "f8_5.npy", "i4_2x3x2.npy", "i8_4.npy", "b1_2x3.npy", "f4_scalar.npy", "i4_0x3.npy"
        }) {
            assertArrayEquals(bytes(name), Npy.encode(read(name)), name);
        }
    }

    @Test
    void refusesFortranOrderAndBigEndian() {
        NpyFormatException fortran = assertThrows(NpyFormatException.class, () -> read("fortran_f8_2x3.npy"));
        assertTrue(fortran.getMessage().startsWith("fortran_f8_2x3.npy: Fortran-order"), fortran.getMessage());
        NpyFormatException big = assertThrows(NpyFormatException.class, () -> read("bigendian_f4_3.npy"));
        assertTrue(big.getMessage().contains("big-endian dtype '>f4'"), big.getMessage());
    }

    private static double[] doubles(Tensor t) {
        double[] values = new double[(int) t.elementCount()];
        ByteBuffer buffer = ByteBuffer.wrap(t.data()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getDouble(8 * i);
        }
        return values;
    }

    private static Tensor read(String name) throws IOException, NpyFormatException {
        return Npy.decode(bytes(name), name, NpyLimits.defaults());
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = NumpyFixturesTest.class.getResourceAsStream("/npy/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /npy/" + name);
            }
            return in.readAllBytes();
        }
    }
}
