package hep.capsule.runner.tmva;

import hep.capsule.runner.ModelExecutionException;

/**
 * A model file that is well formed but uses a feature Capsule cannot evaluate faithfully (a Fisher
 * cut, a variable transformation, regression...). Capsule refuses such a file rather than return
 * numbers that might differ from the original framework's; the message names the file and the
 * feature.
 */
public final class UnsupportedModelException extends ModelExecutionException {
    public UnsupportedModelException(String message) {
        super(message);
    }
}
