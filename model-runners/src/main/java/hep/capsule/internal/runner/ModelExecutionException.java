package hep.capsule.internal.runner;

/** A model could not be loaded or executed; the message says which model and why. */
public class ModelExecutionException extends Exception {
    public ModelExecutionException(String message) {
        super(message);
    }

    public ModelExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
