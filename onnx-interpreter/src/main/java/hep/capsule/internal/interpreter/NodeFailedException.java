package hep.capsule.internal.interpreter;

import hep.capsule.internal.interpreter.plan.Step;
import hep.capsule.internal.runner.ModelExecutionException;

/** A node's attributes or operands were not what its operator accepts; names the model, node, operator and opset. */
public class NodeFailedException extends ModelExecutionException {
    public NodeFailedException(String modelLabel, Step step, String problem, Throwable cause) {
        super(modelLabel + ": node " + step.node().label() + " (" + step.describeOperator() + "): " + problem, cause);
    }
}
