package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.UnsupportedOperatorException;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.model.Graph;
import hep.capsule.internal.interpreter.model.OnnxTypes;
import hep.capsule.internal.interpreter.ops.ElementTypes;
import hep.capsule.internal.tensor.ElementType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows element types through a planned graph, from its declared inputs and its initializers, and refuses, before
 * anything runs, a node whose data operand has a type its operator is not defined for
 * ({@link hep.capsule.internal.interpreter.ops.Operator#dataTypes()}). A node's first output has its data operand's
 * type, except for Cast ({@code to}), the comparisons, Not and IsNaN (bool), Where (its X's type) and Constant (its
 * value's); types are not followed through other domains' operators.
 */
final class TypeCheck {
    private TypeCheck() {}

    static void check(List<Step> ordered, Graph graph, String modelLabel) throws UnsupportedOperatorException {
        Map<String, ElementType> types = new HashMap<>();
        graph.inputs().forEach(input -> types.put(input.name(), input.type()));
        graph.initializers().forEach((name, value) -> types.put(name, value.type()));
        for (Step step : ordered) {
            List<String> inputs = step.node().inputs();
            ElementType data = inputs.isEmpty() ? null : types.get(inputs.get(0));
            if (data != null && !step.operator().dataTypes().contains(data)) {
                throw new UnsupportedOperatorException(modelLabel + ": node "
                        + step.node().label() + " ("
                        + step.describeOperator() + ") reads '" + inputs.get(0) + "' of type " + data.descriptorName()
                        + "; the interpreter computes " + step.node().opType() + " on "
                        + ElementTypes.names(step.operator().dataTypes()));
            }
            ElementType output = outputType(step, types);
            if (output != null && !step.node().outputs().isEmpty()) {
                types.put(step.node().outputs().get(0), output);
            }
        }
    }

    private static ElementType outputType(Step step, Map<String, ElementType> types) {
        if (!step.node().domain().isEmpty()) {
            return null;
        }
        List<String> inputs = step.node().inputs();
        return switch (step.node().opType()) {
            case "Cast" ->
                OnnxTypes.elementType(step.node().attributes().requireInt("to")).orElse(null);
            case "Equal", "Greater", "Less", "Not", "IsNaN" -> ElementType.BOOL;
            case "Where" -> inputs.size() > 1 ? types.get(inputs.get(1)) : null;
            case "Constant" -> constantType(step);
            default -> inputs.isEmpty() ? null : types.get(inputs.get(0));
        };
    }

    private static ElementType constantType(Step step) {
        try {
            return step.operator().apply(List.of()).get(0).type();
        } catch (InvalidOperandException e) {
            return null;
        }
    }
}
