package hep.capsule.interpreter.plan;

import hep.capsule.interpreter.NodeFailedException;
import hep.capsule.interpreter.array.InvalidOperandException;
import hep.capsule.interpreter.array.NdArray;
import hep.capsule.interpreter.model.ValueInfo;
import hep.capsule.runner.ModelExecutionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a plan's steps one after the other on the caller's thread. */
public final class Executor {
    private Executor() {
    }

    /**
     * @param feeds one array per plan input, by name
     * @return the graph outputs by name, in the graph's order
     */
    public static Map<String, NdArray> run(Plan plan, Map<String, NdArray> feeds, String modelLabel)
            throws ModelExecutionException {
        Map<String, NdArray> values = new HashMap<>(plan.constants());
        values.putAll(feeds);
        for (Step step : plan.steps()) {
            List<NdArray> inputs = new ArrayList<>();
            for (String name : step.node().inputs()) {
                inputs.add(name.isEmpty() ? null : values.get(name));
            }
            List<NdArray> outputs;
            try {
                outputs = step.operator().apply(inputs);
            } catch (InvalidOperandException | IndexOutOfBoundsException | ArithmeticException e) {
                throw new NodeFailedException(modelLabel, step, e.getMessage(), e);
            }
            List<String> names = step.node().outputs();
            if (names.size() > outputs.size()) {
                throw new NodeFailedException(modelLabel, step, "the node asks for " + names.size()
                        + " outputs; the interpreter computes " + outputs.size(), null);
            }
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    values.put(names.get(i), outputs.get(i));
                }
            }
        }
        Map<String, NdArray> results = new LinkedHashMap<>();
        for (ValueInfo output : plan.outputs()) {
            results.put(output.name(), values.get(output.name()));
        }
        return results;
    }
}
