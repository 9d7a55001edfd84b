package hep.capsule.internal.plots;

import java.util.Arrays;

/**
 * One histogram as a chart draws it: a legend name, its bins and the sum of weights in each.
 *
 * @param name the legend entry, e.g. {@code packed} or {@code re-executed}
 * @param binning the bins
 * @param sums the sum of weights per bin, one per bin
 */
public record HistogramSeries(String name, Binning binning, double[] sums) {
    public HistogramSeries {
        if (sums.length != binning.bins()) {
            throw new IllegalArgumentException(name + ": " + sums.length + " sums for " + binning.bins() + " bins");
        }
        sums = sums.clone();
    }

    public static HistogramSeries of(String name, Histogram histogram) {
        return new HistogramSeries(name, histogram.binning(), histogram.sums());
    }

    @Override
    public double[] sums() {
        return sums.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistogramSeries that
                && name.equals(that.name)
                && binning.equals(that.binning)
                && Arrays.equals(sums, that.sums);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return name + " " + binning + " " + Arrays.toString(sums);
    }
}
