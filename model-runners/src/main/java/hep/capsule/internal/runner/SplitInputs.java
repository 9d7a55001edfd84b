package hep.capsule.internal.runner;

import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's reference inputs split as its capsule declares them: those with an event axis, read batch by batch, and
 * those without one, read whole once and given to every batch.
 *
 * @param perEvent the readers of the inputs with an event axis, by input name; the caller closes them
 * @param whole the inputs without one, by input name
 * @param events the events to run: the first per-event input's rows, or 1 when every input is whole
 */
public record SplitInputs(Map<String, NpyReader> perEvent, Map<String, Tensor> whole, long events) {

    /**
     * Reads and closes the readers of the whole inputs; keeps the others open.
     *
     * @param readers one open reader per input, by input name
     */
    public static SplitInputs of(ModelSpec model, Map<String, NpyReader> readers)
            throws IOException, NpyFormatException {
        Map<String, NpyReader> perEvent = new LinkedHashMap<>();
        Map<String, Tensor> whole = new LinkedHashMap<>();
        for (InputSpec input : model.inputs()) {
            NpyReader reader = readers.get(input.name());
            if (input.perEvent()) {
                perEvent.put(input.name(), reader);
            } else {
                try (reader) {
                    whole.put(input.name(), reader.readAll());
                }
            }
        }
        long events =
                perEvent.isEmpty() ? 1 : perEvent.values().iterator().next().rowsLeft();
        return new SplitInputs(perEvent, whole, events);
    }
}
