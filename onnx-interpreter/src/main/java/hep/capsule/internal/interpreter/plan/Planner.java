package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.UnsupportedOperatorException;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.model.Graph;
import hep.capsule.internal.interpreter.model.Node;
import hep.capsule.internal.interpreter.model.OnnxModel;
import hep.capsule.internal.interpreter.model.OnnxTypes;
import hep.capsule.internal.interpreter.ops.OperatorFactory;
import hep.capsule.internal.interpreter.ops.OperatorRegistry;
import hep.capsule.internal.runner.ModelExecutionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a model into a {@link Plan}: resolves every node's operator for the opset the model imports, configures it from
 * its attributes, and orders the nodes so that each runs after the nodes it reads from. Every problem is found here,
 * before any event is run.
 */
public final class Planner {

    private Planner() {}

    public static Plan plan(OnnxModel model, String modelLabel) throws ModelExecutionException {
        Graph graph = model.graph();
        List<Step> steps = new ArrayList<>();
        for (Node node : graph.nodes()) {
            steps.add(resolve(node, model, modelLabel));
        }
        if (!graph.unsupportedTypes().isEmpty()) {
            Map.Entry<String, Long> unread =
                    graph.unsupportedTypes().entrySet().iterator().next();
            throw new UnsupportedOperatorException(modelLabel + ": '" + unread.getKey() + "', which no node reads, "
                    + OnnxTypes.unsupported(unread.getValue()));
        }
        Set<String> available = new HashSet<>(graph.initializers().keySet());
        graph.inputs().forEach(input -> available.add(input.name()));
        List<Step> ordered = TopologicalOrder.of(steps, Step::node, available, modelLabel);
        TypeCheck.check(ordered, graph, modelLabel);
        for (var output : graph.outputs()) {
            if (!available.contains(output.name())) {
                throw new ModelExecutionException(
                        modelLabel + ": no node computes the graph output '" + output.name() + "'");
            }
        }
        return new Plan(ordered, graph.initializers(), graph.feeds(), graph.outputs());
    }

    private static Step resolve(Node node, OnnxModel model, String modelLabel) throws ModelExecutionException {
        String domainName = node.domain().isEmpty() ? "ai.onnx" : node.domain();
        Long opset = model.opsets().get(node.domain());
        SupportedOpsets supported = SupportedOpsets.of(node.domain()).orElse(null);
        String where =
                modelLabel + ": node " + node.label() + " uses operator " + node.opType() + " of domain " + domainName;
        if (supported == null) {
            throw new UnsupportedOperatorException(where + ", a domain the interpreter does not implement");
        }
        if (opset == null) {
            throw new UnsupportedOperatorException(where + ", but the model imports no opset of that domain");
        }
        if (!supported.contains(opset)) {
            throw new UnsupportedOperatorException(
                    where + " at opset " + opset + "; the interpreter supports " + domainName + " opsets " + supported);
        }
        OperatorFactory factory = OperatorRegistry.find(node.domain(), node.opType(), opset)
                .orElseThrow(() -> new UnsupportedOperatorException(modelLabel + ": node " + node.label()
                        + " uses operator "
                        + Step.describe(node, opset) + ", which the Java interpreter does not implement; it implements "
                        + OperatorRegistry.names(node.domain())));
        refuseUnsupportedTypes(node, opset, model.graph().unsupportedTypes(), modelLabel);
        try {
            return new Step(node, factory.create(node.attributes()), opset);
        } catch (InvalidOperandException e) {
            throw new UnsupportedOperatorException(
                    modelLabel + ": node " + node.label() + " (" + Step.describe(node, opset) + "): " + e.getMessage());
        }
    }

    private static void refuseUnsupportedTypes(
            Node node, long opset, Map<String, Long> unsupportedTypes, String modelLabel)
            throws UnsupportedOperatorException {
        for (String value : node.inputs()) {
            refuseUnsupportedType(node, opset, "reads", value, unsupportedTypes, modelLabel);
        }
        for (String value : node.outputs()) {
            refuseUnsupportedType(node, opset, "writes", value, unsupportedTypes, modelLabel);
        }
    }

    private static void refuseUnsupportedType(
            Node node, long opset, String verb, String value, Map<String, Long> unsupportedTypes, String modelLabel)
            throws UnsupportedOperatorException {
        Long code = unsupportedTypes.get(value);
        if (code != null) {
            throw new UnsupportedOperatorException(
                    modelLabel + ": node " + node.label() + " (" + Step.describe(node, opset) + ") " + verb + " '"
                            + value + "', which " + OnnxTypes.unsupported(code));
        }
    }
}
