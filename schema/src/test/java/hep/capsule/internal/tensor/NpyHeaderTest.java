package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpyHeaderTest {

    private static final String NAME = "inputs/reference.npy";

    @Test
    void encodesExactlyWhatNumpySaveWrites() {
        // Copied from the output of numpy 2.4.6: np.save(f, np.zeros((3, 65), np.float32)).
        String numpy = "\u0093NUMPY\u0001\u0000v\u0000{'descr': '<f4', 'fortran_order': False, 'shape': (3, 65), }"
                + " ".repeat(57) + "\n";
        byte[] encoded = NpyHeader.of(ElementType.FLOAT32, new long[] {3, 65}).encode();
        assertArrayEquals(numpy.getBytes(StandardCharsets.ISO_8859_1), encoded);
        assertEquals(128, NpyHeader.of(ElementType.FLOAT32, new long[] {3, 65}).dataOffset());
    }

    @Test
    void writesOneElementTuplesAndScalarsLikePython() {
        assertTrue(dictOf(NpyHeader.of(ElementType.BOOL, new long[] {5})).contains("'descr': '|b1'"));
        assertTrue(dictOf(NpyHeader.of(ElementType.BOOL, new long[] {5})).contains("'shape': (5,), }"));
        assertTrue(dictOf(NpyHeader.of(ElementType.FLOAT64, new long[0])).contains("'shape': (), }"));
    }

    @Test
    void alignsDataTo64BytesForAnyShape() {
        for (long[] shape : new long[][] {{}, {1}, {Long.MAX_VALUE / 8}, {7, 3, 2, 9, 11, 13, 17, 19}}) {
            byte[] header = NpyHeader.of(ElementType.FLOAT64, shape).encode();
            assertEquals(0, header.length % 64, Arrays.toString(shape));
            assertEquals('\n', header[header.length - 1]);
        }
    }

    @Test
    void readsWhatItEncodes() throws Exception {
        NpyHeader header = NpyHeader.of(ElementType.INT64, new long[] {2, 3, 4});
        assertEquals(header, read(header.encode()));
        assertEquals(2 * 3 * 4 * 8, header.dataBytes());
        assertEquals(2, header.rows());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', textBlock = """
        {"descr": "<f4", "fortran_order": False, "shape": (3, 4)}   # FLOAT32 # 3,4
        {'shape': (3L, 4L), 'descr': '<f4', 'fortran_order': False} # FLOAT32 # 3,4
        {'descr':'<i8','fortran_order':False,'shape':(0,),}         # INT64   # 0
        {'descr': '|b1', 'fortran_order': False, 'shape': (2,), }   # BOOL    # 2
        {'descr': '<b1', 'fortran_order': False, 'shape': (2,), }   # BOOL    # 2
        {'descr': 'b1', 'fortran_order': False, 'shape': (2,), }    # BOOL    # 2
        {'descr': '?', 'fortran_order': False, 'shape': (2,), }     # BOOL    # 2
        {'descr': '<f8', 'fortran_order': False, 'shape': (), }     # FLOAT64 # ``
        """)
    void acceptsEveryLiteralNumpyWrites(String dict, ElementType type, String dims) throws Exception {
        NpyHeader header = read(NpyFiles.v1(dict + "\n", new byte[0]));
        assertEquals(type, header.type());
        long[] shape = dims.isEmpty()
                ? new long[0]
                : Arrays.stream(dims.split(",")).mapToLong(Long::parseLong).toArray();
        assertArrayEquals(shape, header.shape());
        assertEquals(10 + dict.length() + 1, header.dataOffset());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        {'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }         | Fortran-order
        {'descr': '>f4', 'fortran_order': False, 'shape': (3,), }          | big-endian dtype '>f4'
        {'descr': '<c8', 'fortran_order': False, 'shape': (3,), }          | unsupported dtype '<c8'
        {'descr': '<U3', 'fortran_order': False, 'shape': (3,), }          | unsupported dtype '<U3'
        {'descr': '=f4', 'fortran_order': False, 'shape': (3,), }          | unsupported dtype '=f4'
        {'descr': '<f4', 'fortran_order': False, 'shape': (3), }           | must be a tuple
        {'descr': '<f4', 'fortran_order': False, 'shape': (-1, 3), }       | negative dimension
        {'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), } | dimension too large
        {'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), } | overflows
        {'descr': '<f4', 'fortran_order': False, 'shape': (03,), }         | leading zero
        {'descr': '<f4', 'fortran_order': False, 'shape': (3.0,), }        | expected ')'
        {'descr': '<f4', 'fortran_order': False, 'shape': [3], }           | expected '('
        {'descr': '<f4', 'fortran_order': False, }                         | lacks the key(s) [shape]
        {'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (3,), } | appears twice
        {'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x': 1}    | unexpected key 'x'
        {'descr': '<f4', 'fortran_order': 0, 'shape': (3,), }              | expected True or False
        {'descr': '<f4, 'fortran_order': False, 'shape': (3,), }           | expected '}'
        {'descr' '<f4', 'fortran_order': False, 'shape': (3,), }           | expected ':'
        {'descr': '<f4', 'fortran_order': False, 'shape': (3,), } junk     | unexpected text after
        {'descr': '<f\\x34', 'fortran_order': False, 'shape': (3,), }      | escape sequences
        {'descr': '<f4                                                     | unterminated string
        {descr: '<f4', 'fortran_order': False, 'shape': (3,), }            | expected a quoted string
        {'descr': '<f4' 'fortran_order': False, 'shape': (3,), }           | expected '}' at character 16
        hello                                                              | expected '{'
        ``                                                                 | expected '{'
        """)
    void rejectsMalformedHeadersNamingTheFile(String dict, String problem) {
        NpyFormatException e =
                assertThrows(NpyFormatException.class, () -> read(NpyFiles.v1(dict + "\n", new byte[64])));
        assertTrue(e.getMessage().startsWith(NAME + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void rejectsMoreThan64Dimensions() {
        String dims = "1, ".repeat(65);
        NpyFormatException e = assertThrows(
                NpyFormatException.class,
                () -> read(NpyFiles.v1(
                        "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }\n", new byte[4])));
        assertTrue(e.getMessage().contains("65 dimensions"), e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        4e554d5059010010000000                 | does not start with \\x93NUMPY
        934e554d50                              | file ends inside the NPY magic string
        934e554d5059040010000000                | unsupported NPY format version 4.0
        934e554d5059010110000000                | unsupported NPY format version 1.1
        934e554d505901                          | file ends inside the NPY magic string
        934e554d50590100                        | file ends inside the NPY header length
        934e554d505901004000                    | file ends inside the NPY header
        934e554d50590200ffffff7f                | exceeds the limit of 65536 bytes
        934e554d5059030004000000ff7bfe7d        | not valid UTF-8
        """)
    void rejectsBrokenPrefixes(String hex, String problem) {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> read(hex(hex)));
        assertTrue(e.getMessage().startsWith(NAME + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void appliesTheTensorSizeLimit() {
        byte[] file = NpyHeader.of(ElementType.FLOAT64, new long[] {1000, 1000}).encode();
        NpyFormatException e = assertThrows(
                NpyFormatException.class,
                () -> NpyHeader.read(new ByteArrayInputStream(file), NAME, new NpyLimits(1024, 1_000_000)));
        assertTrue(e.getMessage().contains("needs 8000000 bytes, more than the limit of 1000000"), e.getMessage());
    }

    private static NpyHeader read(byte[] file) throws IOException, NpyFormatException {
        return NpyHeader.read(new ByteArrayInputStream(file), NAME, NpyLimits.defaults());
    }

    private static String dictOf(NpyHeader header) {
        byte[] bytes = header.encode();
        return new String(bytes, 10, bytes.length - 10, StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
