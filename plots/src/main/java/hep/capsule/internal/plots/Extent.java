package hep.capsule.internal.plots;

/** The smallest and largest finite value of a sample, gathered value by value. */
public final class Extent {
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double value) {
        if (Double.isFinite(value)) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }

    public boolean isEmpty() {
        return min > max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
