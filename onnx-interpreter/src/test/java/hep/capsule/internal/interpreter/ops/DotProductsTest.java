package hep.capsule.internal.interpreter.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two loop orders of the matrix kernel give the same bits, so the batch size cannot change an output. */
class DotProductsTest {

    @ParameterizedTest
    @CsvSource({"1000, 10, 24", "1000, 24, 1", "37, 7, 5", "16, 3, 2", "15, 25, 24", "64, 1, 1"})
    void bothLoopOrdersGiveTheSameBits(int m, int k, int n) {
        Random random = new Random(31L * m + 7L * k + n);
        float[] a = values(random, m * k);
        float[] b = values(random, k * n);
        float[] columns = new float[m * n];
        float[] events = new float[m * n];
        DotProducts.multiplyColumnsInnermost(a, 0, k, 1, b, 0, columns, 0, m, k, n);
        DotProducts.multiplyEventsInnermost(a, 0, k, 1, b, 0, events, 0, m, k, n);
        assertSameBits(columns, events);
        float[] aTransposed = new float[k * m];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                aTransposed[p * m + i] = a[i * k + p];
            }
        }
        float[] fromTransposed = new float[m * n];
        DotProducts.multiply(aTransposed, 0, 1, m, b, 0, fromTransposed, 0, m, k, n);
        assertSameBits(columns, fromTransposed);
    }

    private static void assertSameBits(float[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), "element " + i);
        }
    }

    /**
     * Values of very different magnitudes, so that the order of the sums shows in the bits; some zeros of both signs.
     */
    private static float[] values(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (i % 11) {
                case 3 -> -0f;
                case 7 -> 0f;
                default -> (float) (random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4));
            };
        }
        return values;
    }
}
