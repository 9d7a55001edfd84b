package hep.capsule.internal.plots;

/**
 * Equal-width bins from {@code low} to {@code high}. A value equal to {@code high} falls into the last bin, so that the
 * largest value of a sample is counted.
 */
public record Binning(double low, double high, int bins) {
    public static final int DEFAULT_BINS = 40;

    public Binning {
        if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high) || bins < 1) {
            throw new IllegalArgumentException(
                    "bins need finite bounds low < high and at least one bin, not " + low + ", " + high + ", " + bins);
        }
    }

    /** Bins spanning the finite values seen; a single value, or none, gets a unit-wide range around it. */
    public static Binning covering(Extent extent, int bins) {
        if (extent.isEmpty()) {
            return new Binning(0, 1, bins);
        }
        if (extent.min() == extent.max() || !(extent.max() - extent.min() < Double.MAX_VALUE)) {
            return new Binning(extent.min() - 0.5, extent.min() + 0.5, bins);
        }
        return new Binning(extent.min(), extent.max(), bins);
    }

    public double width() {
        return (high - low) / bins;
    }

    public double lowEdge(int bin) {
        return low + bin * width();
    }

    /** The bin of a finite value: -1 below the range, {@code bins} above it. */
    public int binOf(double value) {
        if (value < low) {
            return -1;
        }
        if (value > high) {
            return bins;
        }
        return Math.min((int) ((value - low) / width()), bins - 1);
    }
}
