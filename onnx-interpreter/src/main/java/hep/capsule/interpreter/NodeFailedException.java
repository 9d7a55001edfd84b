package hep.capsule.interpreter;

import hep.capsule.interpreter.plan.Step;
import hep.capsule.runner.ModelExecutionException;

/** A node's attributes or operands were not what its operator accepts; names the model, node, operator and opset. */
public class NodeFailedException extends ModelExecutionException {
    public NodeFailedException(String modelLabel, Step step, String problem, Throwable cause) {
        super(modelLabel + ": node " + step.node().label() + " (" + step.describeOperator() + "): " + problem, cause);
    }
}
