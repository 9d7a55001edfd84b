package hep.capsule.internal.runner;

/**
 * A model file that is well formed but uses a feature Capsule cannot evaluate faithfully (a TMVA Fisher cut or variable
 * transformation, an lwtnn LSTM layer...). Capsule refuses such a file rather than return numbers that might differ
 * from the original framework's; the message names the file and the feature.
 */
public final class UnsupportedModelException extends ModelExecutionException {
    public UnsupportedModelException(String message) {
        super(message);
    }
}
