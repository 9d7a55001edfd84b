package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.NodeFailedException;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.ValueInfo;
import hep.capsule.internal.interpreter.ops.Float16Rule;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan's steps one after the other on the caller's thread. Before each step it sizes the step's outputs from the
 * arrays it is given ({@link ShapeRules}) and refuses to compute them when they, or all the arrays alive with them,
 * would be over the memory budget; an array is dropped as soon as no later step reads it.
 */
public final class Executor {
    private Executor() {}

    /**
     * @param feeds one array per plan input, by name
     * @return the graph outputs by name, in the graph's order
     */
    public static Map<String, NdArray> run(
            Plan plan, Map<String, NdArray> feeds, String modelLabel, ModelMemoryBudget budget)
            throws ModelExecutionException {
        Map<String, NdArray> values = new HashMap<>(plan.constants());
        values.putAll(feeds);
        LiveTensors live = new LiveTensors(
                plan.steps().stream().map(Step::node).toList(),
                plan.outputs().stream().map(ValueInfo::name).toList(),
                budget,
                modelLabel);
        for (Map.Entry<String, NdArray> value : values.entrySet()) {
            live.holdThroughout(value.getKey(), ValueFacts.of(value.getValue()).witnessBytes());
        }
        for (int index = 0; index < plan.steps().size(); index++) {
            Step step = plan.steps().get(index);
            List<NdArray> inputs = new ArrayList<>();
            List<ValueFacts> facts = new ArrayList<>();
            for (String name : step.node().inputs()) {
                NdArray input = name.isEmpty() ? null : values.get(name);
                inputs.add(input);
                facts.add(input == null ? null : ValueFacts.of(input));
            }
            live.make(index, ShapeRules.outputs(step.node(), step.opset(), facts), ValueFacts::witnessBytes);
            List<NdArray> outputs;
            try {
                outputs = Float16Rule.apply(step.operator(), inputs);
            } catch (InvalidOperandException | IndexOutOfBoundsException | ArithmeticException e) {
                throw new NodeFailedException(modelLabel, step, e.getMessage(), e);
            }
            List<String> names = step.node().outputs();
            if (names.size() > outputs.size()) {
                throw new NodeFailedException(
                        modelLabel,
                        step,
                        "the node asks for " + names.size() + " outputs; the interpreter computes " + outputs.size(),
                        null);
            }
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    values.put(names.get(i), outputs.get(i));
                }
            }
            live.release(index).forEach(values::remove);
        }
        Map<String, NdArray> results = new LinkedHashMap<>();
        for (ValueInfo output : plan.outputs()) {
            results.put(output.name(), values.get(output.name()));
        }
        return results;
    }
}
