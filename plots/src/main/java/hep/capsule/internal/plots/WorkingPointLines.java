package hep.capsule.internal.plots;

import hep.capsule.internal.schema.WorkingPoint;
import java.util.List;

/** The working points of an output as lines on its plot, e.g. {@code SR-4j: > 0.87}. */
public final class WorkingPointLines {
    private WorkingPointLines() {}

    public static List<VerticalLine> of(List<WorkingPoint> workingPoints) {
        return workingPoints.stream()
                .map(wp -> new VerticalLine(
                        wp.name() + ": " + wp.operator().descriptorName() + " " + wp.threshold(), wp.threshold()))
                .toList();
    }
}
