package hep.capsule.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A weighted histogram: the sum of weights per bin, and of the values outside the bins, the values that are not numbers
 * and the padding values, which are never silently dropped.
 */
public final class Histogram {
    private final Binning binning;
    private final double[] sums;
    private double below;
    private double above;
    private double notFinite;
    private double padding;

    public Histogram(Binning binning) {
        this.binning = binning;
        this.sums = new double[binning.bins()];
    }

    public void fill(double value, double weight) {
        if (!Double.isFinite(value)) {
            notFinite += weight;
            return;
        }
        int bin = binning.binOf(value);
        if (bin < 0) {
            below += weight;
        } else if (bin >= sums.length) {
            above += weight;
        } else {
            sums[bin] += weight;
        }
    }

    /** Counts a value left out because it is the padding written where a feature does not exist. */
    public void fillPadding(double weight) {
        padding += weight;
    }

    public Binning binning() {
        return binning;
    }

    public double[] sums() {
        return Arrays.copyOf(sums, sums.length);
    }

    public double below() {
        return below;
    }

    public double above() {
        return above;
    }

    public double notFinite() {
        return notFinite;
    }

    public double padding() {
        return padding;
    }

    /**
     * One line for each kind of value the bins do not show, e.g. {@code 3 above the axis}; {@code whose} names the
     * sample.
     */
    public List<String> notes(String whose) {
        List<String> notes = new ArrayList<>();
        note(notes, whose, below, "below the axis");
        note(notes, whose, above, "above the axis");
        note(notes, whose, notFinite, "not a number or infinite");
        note(notes, whose, padding, "padding values (quantity absent)");
        return notes;
    }

    private static void note(List<String> notes, String whose, double weight, String what) {
        if (weight != 0) {
            notes.add((whose.isEmpty() ? "" : whose + ": ") + amount(weight) + " " + what + ", not shown");
        }
    }

    /** A count as a whole number, a sum of weights with four significant digits. */
    static String amount(double weight) {
        return weight == Math.rint(weight) && Math.abs(weight) < 1e15
                ? Long.toString((long) weight)
                : String.format(Locale.ROOT, "%.4g", weight);
    }
}
