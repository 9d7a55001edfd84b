package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an NPY file event by event (its first axis) and hands each value on, with its event and position in the event.
 */
final class NpyScan {
    private static final int ROWS = 4096;

    interface Visitor {
        /** @return false to stop */
        boolean value(long event, long position, double value);
    }

    private NpyScan() {}

    static long rows(Path npy, String shown) throws IOException, NpyFormatException {
        try (NpyReader reader = NpyReader.open(npy, shown, NpyLimits.defaults())) {
            return reader.header().rows();
        }
    }

    static void scan(Path npy, String shown, Visitor visitor) throws IOException, NpyFormatException {
        try (NpyReader reader = NpyReader.open(npy, shown, NpyLimits.defaults())) {
            long event = 0;
            while (reader.rowsLeft() > 0) {
                Tensor batch = reader.readRows(ROWS);
                long perEvent = batch.rows() == 0 ? 0 : batch.elementCount() / batch.rows();
                for (int i = 0; i < batch.elementCount(); i++) {
                    if (!visitor.value(event + i / perEvent, i % perEvent, batch.doubleAt(i))) {
                        return;
                    }
                }
                event += batch.rows();
            }
        }
    }
}
