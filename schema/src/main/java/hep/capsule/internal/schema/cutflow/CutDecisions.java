package hep.capsule.internal.schema.cutflow;

import hep.capsule.internal.schema.WorkingPoint;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of the working points of one model output, event by event, collected batch after batch: one bit per
 * event and working point, so a reference set of any size is held in N/8 bytes per working point.
 */
public final class CutDecisions {
    private static final int BATCH = 65536;
    private final String what;
    private final List<WorkingPoint> points;
    private final Map<String, BitSet> passes = new LinkedHashMap<>();
    private long events;

    /** @param what how the output is named in messages, e.g. {@code model nn_4jets, output 39} */
    public CutDecisions(String what, List<WorkingPoint> points) {
        this.what = what;
        this.points = List.copyOf(points);
        this.points.forEach(p -> passes.put(p.name(), new BitSet()));
    }

    /** Adds the next batch of output values; an event must have exactly one value to be cut on. */
    public void add(Tensor batch) {
        long rows = batch.rows();
        if (events + rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    what + " has more than " + Integer.MAX_VALUE + " events, more than a cutflow can follow");
        }
        if (batch.elementCount() != rows) {
            throw new IllegalArgumentException(what + " has " + (rows == 0 ? 0 : batch.elementCount() / rows)
                    + " values per event, but a cut needs exactly one");
        }
        for (int i = 0; i < rows; i++) {
            double value = batch.doubleAt(i);
            for (WorkingPoint point : points) {
                if (point.passes(value)) {
                    passes.get(point.name()).set(Math.toIntExact(events + i));
                }
            }
        }
        events += rows;
    }

    /** The decisions over every event of a stored output. */
    public static CutDecisions read(NpyReader reader, String what, List<WorkingPoint> points)
            throws IOException, NpyFormatException {
        CutDecisions decisions = new CutDecisions(what, points);
        while (reader.rowsLeft() > 0) {
            decisions.add(reader.readRows(BATCH));
        }
        return decisions;
    }

    public long events() {
        return events;
    }

    /** The events that pass the working point (bit i: event i). */
    public BitSet passes(String workingPoint) {
        BitSet bits = passes.get(workingPoint);
        if (bits == null) {
            throw new IllegalArgumentException(what + " has no working point \"" + workingPoint + "\"");
        }
        return (BitSet) bits.clone();
    }
}
