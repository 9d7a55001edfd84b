package hep.capsule.internal.verifier.report;

import hep.capsule.internal.plots.Binning;
import hep.capsule.internal.plots.HistogramSeries;
import hep.capsule.internal.plots.VerticalLine;
import java.util.List;

/**
 * The distribution of one output column over the reference events: as packed (the stored reference outputs) and as
 * re-executed here by the main runtime, in the same bins.
 *
 * @param column the element of the event, for an output with several per event; 0 otherwise
 * @param columns how many elements the output has per event
 * @param low the lower edge of the first bin
 * @param high the upper edge of the last bin
 * @param packed the events per bin, as packed
 * @param reExecuted the events per bin, as re-executed
 * @param workingPoints the working points on this output
 * @param notes the values neither histogram shows, e.g. {@code re-executed: 2 above the axis, not shown}
 */
public record OutputDistribution(
        String model,
        String output,
        int column,
        int columns,
        double low,
        double high,
        double[] packed,
        double[] reExecuted,
        List<VerticalLine> workingPoints,
        List<String> notes) {

    public OutputDistribution {
        packed = packed.clone();
        reExecuted = reExecuted.clone();
        workingPoints = List.copyOf(workingPoints);
        notes = List.copyOf(notes);
    }

    /** The output's name, with the column when it has several, e.g. {@code scores[2]}. */
    public String label() {
        return output + (columns > 1 ? "[" + column + "]" : "");
    }

    public List<HistogramSeries> series() {
        Binning binning = new Binning(low, high, packed.length);
        return List.of(
                new HistogramSeries("packed", binning, packed),
                new HistogramSeries("re-executed", binning, reExecuted));
    }
}
