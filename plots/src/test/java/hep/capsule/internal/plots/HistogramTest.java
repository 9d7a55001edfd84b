package hep.capsule.internal.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void weightsAreSummedPerBinAndNothingIsDroppedSilently() {
        Histogram histogram = new Histogram(new Binning(0, 4, 4));
        histogram.fill(0, 0.5);
        histogram.fill(3.999, 2);
        histogram.fill(4, 1);
        histogram.fill(-0.1, 3);
        histogram.fill(4.1, 4);
        histogram.fill(Double.NaN, 5);
        histogram.fill(Double.POSITIVE_INFINITY, 6);
        histogram.fillPadding(0.25);
        assertArrayEquals(new double[] {0.5, 0, 0, 3}, histogram.sums(), "the upper edge belongs to the last bin");
        assertEquals(
                List.of(
                        "x: 3 below the axis, not shown",
                        "x: 4 above the axis, not shown",
                        "x: 11 not a number or infinite, not shown",
                        "x: 0.2500 padding values (quantity absent), not shown"),
                histogram.notes("x"));
    }

    @Test
    void binsCoverTheFiniteValuesSeen() {
        Extent extent = new Extent();
        assertEquals(new Binning(0, 1, 40), Binning.covering(extent, 40), "no value: a unit range");
        extent.add(Double.NaN);
        extent.add(-999);
        extent.add(Double.NEGATIVE_INFINITY);
        assertEquals(
                new Binning(-999.5, -998.5, 10), Binning.covering(extent, 10), "one value: a unit range around it");
        extent.add(1);
        assertEquals(new Binning(-999, 1, 10), Binning.covering(extent, 10));
        assertThrows(IllegalArgumentException.class, () -> new Binning(1, 1, 3));
    }
}
