package hep.capsule.internal.plots;

/**
 * A labelled vertical line on a plot, e.g. a working point {@code SR-4j: > 0.87}.
 *
 * @param label what the line is
 * @param x where it is drawn, in the horizontal axis' units
 */
public record VerticalLine(String label, double x) {}
