package hep.capsule.internal.runner;

/**
 * Executing a model would hold more tensor bytes than the {@link ModelMemoryBudget} allows; the message names the
 * model, the node and the size that would have been needed.
 */
public class ModelMemoryExceededException extends ModelExecutionException {
    private final long neededBytes;

    public ModelMemoryExceededException(String message, long neededBytes) {
        super(message);
        this.neededBytes = neededBytes;
    }

    /** The bytes the model would have needed (at least; saturated at {@code Long.MAX_VALUE}). */
    public long neededBytes() {
        return neededBytes;
    }
}
