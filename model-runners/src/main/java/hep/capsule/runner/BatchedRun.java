package hep.capsule.runner;

import hep.capsule.tensor.NpyFormatException;
import hep.capsule.tensor.NpyReader;
import hep.capsule.tensor.Tensor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a model over reference inputs read batch by batch from NPY files, so that a reference set
 * of any size passes through a small, fixed amount of memory. The batch size is part of what is
 * pinned: some runtimes give different bits for different batch sizes.
 */
public final class BatchedRun {
    private BatchedRun() {
    }

    /** Receives each batch with the outputs the model gave for it. */
    @FunctionalInterface
    public interface BatchListener {
        void onBatch(long firstRow, Map<String, Tensor> inputs, Map<String, Tensor> outputs) throws IOException, NpyFormatException;
    }

    /**
     * @param inputs one reader per model input, by input name, all with the same number of rows
     * @return the number of events run
     */
    public static long run(ModelRunner runner, Map<String, NpyReader> inputs, int batchSize, BatchListener listener)
            throws IOException, NpyFormatException, ModelExecutionException {
        long rows = commonRowCount(inputs);
        long done = 0;
        while (done < rows) {
            int batch = (int) Math.min(batchSize, rows - done);
            Map<String, Tensor> batchInputs = new LinkedHashMap<>();
            for (Map.Entry<String, NpyReader> input : inputs.entrySet()) {
                batchInputs.put(input.getKey(), input.getValue().readRows(batch));
            }
            listener.onBatch(done, batchInputs, runner.run(batchInputs));
            done += batch;
        }
        return rows;
    }

    private static long commonRowCount(Map<String, NpyReader> inputs) throws ModelExecutionException {
        long rows = -1;
        String first = null;
        for (Map.Entry<String, NpyReader> input : inputs.entrySet()) {
            long these = input.getValue().rowsLeft();
            if (rows < 0) {
                rows = these;
                first = input.getKey();
            } else if (these != rows) {
                throw new ModelExecutionException("the reference inputs disagree on the number of events: "
                        + first + " has " + rows + ", " + input.getKey() + " has " + these);
            }
        }
        return Math.max(rows, 0);
    }
}
