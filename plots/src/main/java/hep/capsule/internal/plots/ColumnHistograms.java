package hep.capsule.internal.plots;

import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One histogram per column of an NPY file of events: a column is one element of the last axis (an input feature) or of
 * the whole event (an output). The file is read twice, batch by batch: once for each column's range, once to fill its
 * bins.
 */
public final class ColumnHistograms {
    /** Bytes read at once: a batch of events is no larger, so that a small heap suffices. */
    private static final long BATCH_BYTES = 1 << 20;

    private ColumnHistograms() {}

    /**
     * @param columns the number of columns; the elements of an event go to the columns in turn
     * @param padding per column, the value written where the quantity does not exist, left out of the bins and counted
     *     apart; NaN when the column has none
     * @param weights the weight of each event
     */
    public static List<Histogram> of(
            Path npy, String displayName, int columns, double[] padding, EventWeights weights, NpyLimits limits)
            throws IOException, NpyFormatException {
        List<Extent> extents = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            extents.add(new Extent());
        }
        read(
                npy,
                displayName,
                limits,
                (event, column, value) -> {
                    if (!isPadding(padding[column], value)) {
                        extents.get(column).add(value);
                    }
                },
                columns);
        List<Histogram> histograms = extents.stream()
                .map(extent -> new Histogram(Binning.covering(extent, Binning.DEFAULT_BINS)))
                .toList();
        read(
                npy,
                displayName,
                limits,
                (event, column, value) -> {
                    if (isPadding(padding[column], value)) {
                        histograms.get(column).fillPadding(weights.of(event));
                    } else {
                        histograms.get(column).fill(value, weights.of(event));
                    }
                },
                columns);
        return histograms;
    }

    /** One histogram per element of an event, none of which has a padding value, e.g. of a model's outputs. */
    public static List<Histogram> perElement(Path npy, String displayName, EventWeights weights, NpyLimits limits)
            throws IOException, NpyFormatException {
        int columns;
        try (NpyReader reader = NpyReader.open(npy, displayName, limits)) {
            columns = (int) elementsPerEvent(reader);
        }
        double[] none = new double[columns];
        Arrays.fill(none, Double.NaN);
        return of(npy, displayName, columns, none, weights, limits);
    }

    private static long elementsPerEvent(NpyReader reader) {
        return Math.max(1, Arrays.stream(reader.header().shape()).skip(1).reduce(1, (a, b) -> a * b));
    }

    private static boolean isPadding(double padding, double value) {
        return !Double.isNaN(padding) && value == padding;
    }

    private interface ValueSink {
        void accept(long event, int column, double value);
    }

    private static void read(Path npy, String displayName, NpyLimits limits, ValueSink sink, int columns)
            throws IOException, NpyFormatException {
        try (NpyReader reader = NpyReader.open(npy, displayName, limits)) {
            long rowBytes = reader.header().type().byteWidth() * elementsPerEvent(reader);
            int rows = (int) Math.max(1, Math.min(Integer.MAX_VALUE, BATCH_BYTES / rowBytes));
            long firstEvent = 0;
            while (reader.rowsLeft() > 0) {
                Tensor batch = reader.readRows(rows);
                int perEvent = (int) (batch.elementCount() / Math.max(1, batch.rows()));
                int elements = (int) batch.elementCount();
                for (int i = 0; i < elements; i++) {
                    sink.accept(firstEvent + i / perEvent, i % columns, batch.doubleAt(i));
                }
                firstEvent += batch.rows();
            }
        }
    }
}
