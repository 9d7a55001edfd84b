package hep.capsule.internal.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NpyTest {

    private static final String NAME = "outputs/scores.npy";

    static Stream<Arguments> typesAndShapes() {
        long[][] shapes = {{}, {0}, {7}, {3, 65}, {0, 10}, {2, 3, 4}, {4, 1, 5}};
        return Arrays.stream(ElementType.values())
                .flatMap(type -> Arrays.stream(shapes).map(shape -> Arguments.of(type, shape)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typesAndShapes")
    void roundTripsEveryTypeAndRank(ElementType type, long[] shape) throws Exception {
        Tensor tensor = NpyFiles.random(type, shape, 42);
        byte[] file = Npy.encode(tensor);
        assertEquals(0, (file.length - tensor.data().length) % 64);
        Tensor back = Npy.decode(file, NAME, NpyLimits.defaults());
        assertEquals(type, back.type());
        assertArrayEquals(shape, back.shape());
        assertArrayEquals(tensor.data(), back.data());
    }

    @ParameterizedTest
    @EnumSource(ElementType.class)
    void rejectsTruncatedData(ElementType type) {
        byte[] file = Npy.encode(NpyFiles.random(type, new long[] {4, 3}, 1));
        NpyFormatException e = assertThrows(
                NpyFormatException.class,
                () -> Npy.decode(Arrays.copyOf(file, file.length - 1), NAME, NpyLimits.defaults()));
        assertEquals(
                NAME + ": truncated: the header announces " + 12 * type.byteWidth()
                        + " bytes of data but the file holds only " + (12 * type.byteWidth() - 1),
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ElementType.class)
    void rejectsTrailingData(ElementType type) {
        byte[] file = Npy.encode(NpyFiles.random(type, new long[] {4, 3}, 1));
        NpyFormatException e = assertThrows(
                NpyFormatException.class,
                () -> Npy.decode(Arrays.copyOf(file, file.length + 3), NAME, NpyLimits.defaults()));
        assertTrue(e.getMessage().startsWith(NAME + ": 3 unexpected bytes after"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ElementType.class)
    void rejectsAFileEndingInsideTheHeader(ElementType type) {
        byte[] file = Npy.encode(NpyFiles.random(type, new long[] {2}, 1));
        NpyFormatException e = assertThrows(
                NpyFormatException.class, () -> Npy.decode(Arrays.copyOf(file, 100), NAME, NpyLimits.defaults()));
        assertTrue(e.getMessage().startsWith(NAME + ": file ends inside the NPY header"), e.getMessage());
    }
}
