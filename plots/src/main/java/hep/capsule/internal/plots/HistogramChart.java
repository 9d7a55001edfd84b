package hep.capsule.internal.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Makes a JFreeChart of a {@link HistogramPlot}, every text in {@link PlotFont} and every number formatted without the
 * default locale, so that the same plot comes out the same everywhere.
 */
final class HistogramChart {
    private static final Color BARS = new Color(0x9ecae1);
    private static final Color OVERLAY = new Color(0xd62728);
    private static final Color LINE = new Color(0x31363b);

    static {
        // Rotated labels (the vertical axis') as SVG text too, not as glyph outlines from the platform's font scaler
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private HistogramChart() {}

    static JFreeChart of(HistogramPlot plot) {
        NumberAxis x = axis(plot.xLabel());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = axis(plot.yLabel());
        XYPlot xy = new XYPlot(bars(plot.series().get(0)), x, y, new XYBarRenderer());
        for (int i = 1; i < plot.series().size(); i++) {
            xy.setDataset(i, steps(plot.series().get(i)));
            xy.setRenderer(i, new XYStepRenderer());
        }
        JFreeChart chart =
                new JFreeChart(plot.title(), PlotFont.of(13), xy, plot.series().size() > 1);
        plot.notes().forEach(note -> chart.addSubtitle(new TextTitle(note)));
        theme().apply(chart);
        styleBars((XYBarRenderer) xy.getRenderer(0));
        for (int i = 1; i < plot.series().size(); i++) {
            XYStepRenderer steps = (XYStepRenderer) xy.getRenderer(i);
            steps.setSeriesPaint(0, OVERLAY);
            steps.setSeriesStroke(0, new BasicStroke(1.5f));
            steps.setDefaultShapesVisible(false);
        }
        Binning bins = plot.series().get(0).binning();
        plot.lines().forEach(line -> xy.addDomainMarker(marker(line, line.x() > (bins.low() + bins.high()) / 2)));
        return chart;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    private static void styleBars(XYBarRenderer renderer) {
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BARS);
        renderer.setDrawBarOutline(false);
    }

    private static XYIntervalSeriesCollection bars(HistogramSeries series) {
        XYIntervalSeries bars = new XYIntervalSeries(series.name());
        Binning binning = series.binning();
        double[] sums = series.sums();
        for (int bin = 0; bin < sums.length; bin++) {
            double low = binning.lowEdge(bin);
            double high = bin == sums.length - 1 ? binning.high() : binning.lowEdge(bin + 1);
            bars.add((low + high) / 2, low, high, sums[bin], 0, sums[bin]);
        }
        XYIntervalSeriesCollection collection = new XYIntervalSeriesCollection();
        collection.addSeries(bars);
        return collection;
    }

    /** A step line over the bins: each bin's sum from its low edge, held to the upper edge of the last. */
    private static XYSeriesCollection steps(HistogramSeries series) {
        XYSeries steps = new XYSeries(series.name(), false, true);
        double[] sums = series.sums();
        for (int bin = 0; bin < sums.length; bin++) {
            steps.add(series.binning().lowEdge(bin), sums[bin]);
        }
        steps.add(series.binning().high(), sums[sums.length - 1]);
        return new XYSeriesCollection(steps);
    }

    /** @param labelLeft whether the label goes on the line's left, as for a line in the right half of the plot */
    private static ValueMarker marker(VerticalLine line, boolean labelLeft) {
        ValueMarker marker = new ValueMarker(
                line.x(),
                LINE,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        marker.setLabel(line.label());
        marker.setLabelFont(PlotFont.of(10));
        marker.setLabelPaint(LINE);
        marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        return marker;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Capsule");
        theme.setExtraLargeFont(PlotFont.of(13));
        theme.setLargeFont(PlotFont.of(12));
        theme.setRegularFont(PlotFont.of(11));
        theme.setSmallFont(PlotFont.of(10));
        theme.setShadowVisible(false);
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        return theme;
    }
}
