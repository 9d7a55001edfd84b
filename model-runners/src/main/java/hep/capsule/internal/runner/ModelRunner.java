package hep.capsule.internal.runner;

import hep.capsule.internal.tensor.Tensor;
import java.util.Map;

/**
 * Executes one model on batches of events. Implementations pin every setting that can change the numbers and describe
 * them in {@link #settings()}, so that a capsule can record them.
 */
public interface ModelRunner extends AutoCloseable {

    ModelSignature signature();

    /** The runtime, its version and every pinned setting, as recorded in a capsule. */
    RuntimeSettings settings();

    /**
     * Runs one batch.
     *
     * @param inputs one tensor per model input, by input name, all with the same number of rows
     * @return one tensor per model output, by output name, in the model's output order
     * @throws ModelExecutionException when the runtime refuses the inputs or fails
     */
    Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelExecutionException;

    @Override
    void close();
}
