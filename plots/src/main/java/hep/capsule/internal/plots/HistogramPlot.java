package hep.capsule.internal.plots;

import java.util.List;

/**
 * What one histogram plot shows: the first series as filled bars, any further one as a line over them (e.g. the
 * re-executed distribution over the packed one), labelled vertical lines (working points), and notes under the title
 * (e.g. the weight outside the axis).
 *
 * @param title the title
 * @param xLabel the horizontal axis' label: the quantity and its unit
 * @param yLabel the vertical axis' label, e.g. {@code events} or {@code sum of weights}
 */
public record HistogramPlot(
        String title,
        String xLabel,
        String yLabel,
        List<HistogramSeries> series,
        List<VerticalLine> lines,
        List<String> notes) {
    public HistogramPlot {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a histogram plot shows at least one histogram");
        }
        series = List.copyOf(series);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
