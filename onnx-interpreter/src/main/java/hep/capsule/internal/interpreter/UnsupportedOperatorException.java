package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.ModelExecutionException;

/**
 * The model uses an operator, operator set or opset version the interpreter does not implement. Raised while the plan
 * is built, before anything runs.
 */
public class UnsupportedOperatorException extends ModelExecutionException {
    public UnsupportedOperatorException(String message) {
        super(message);
    }
}
