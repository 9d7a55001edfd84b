package hep.capsule.internal.plots;

import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link HistogramPlot} as SVG, byte for byte the same on every machine: text is kept as SVG text laid out with
 * {@link PlotFont}'s metrics and named by its family, element ids are numbered from a fixed prefix, and every
 * coordinate is written with two decimals at most, independent of the default locale.
 */
public final class SvgPlots {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;

    private SvgPlots() {}

    /**
     * The plot as an {@code <svg>} element, e.g. to place inside an HTML page.
     *
     * @param idPrefix starts the id of every element the plot defines (clip paths): unique per plot within one page
     */
    public static String element(HistogramPlot plot, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(idPrefix);
        g.setGeomDoubleConverter(SvgPlots::decimal);
        g.setTransformDoubleConverter(SvgPlots::decimal);
        g.setFontFunction(family -> PlotFont.FAMILY + ", sans-serif");
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        HistogramChart.of(plot).draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** The plot as a stand-alone SVG file. */
    public static byte[] document(HistogramPlot plot) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(plot, "capsule-plot-") + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        String text = BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
