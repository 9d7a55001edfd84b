package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.model.Graph;
import hep.capsule.internal.interpreter.model.Node;
import hep.capsule.internal.interpreter.model.OnnxFormatException;
import hep.capsule.internal.interpreter.model.OnnxModel;
import hep.capsule.internal.interpreter.model.OnnxReader;
import hep.capsule.internal.interpreter.model.OnnxTypes;
import hep.capsule.internal.interpreter.model.ValueInfo;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sizes every tensor of an ONNX model before any runtime sees it: from the constants, the shapes of the inputs it will
 * be fed (the batch size included) and ONNX's shape rules ({@link ShapeRules}), each node's outputs, and the peak of
 * the tensors alive at once when the nodes run in order. Refuses the model when one tensor or the peak is over the
 * budget. Whatever the rules cannot size (an operator they do not cover, a shape computed from data) is left to the
 * checks that hold while the model runs, and named in the result.
 */
public final class StaticMemoryCheck {

    /**
     * @param peakBytes the most tensor bytes alive at once; a lower bound when {@code firstUnsized} is present
     * @param firstUnsized the first node whose outputs could not be sized, if any
     */
    public record Estimate(long peakBytes, Optional<String> firstUnsized) {}

    private StaticMemoryCheck() {}

    /**
     * @param feedShapes the shape of each input as it will be fed, by name (dimensions the model fixes are taken as
     *     declared); an input not given is taken at its declared shape when that is fully known
     * @throws ModelMemoryExceededException when a tensor, or the tensors alive at once, would be over the budget
     */
    public static Estimate check(
            byte[] modelBytes, Map<String, long[]> feedShapes, ModelMemoryBudget budget, String modelLabel)
            throws ModelMemoryExceededException {
        OnnxModel model;
        try {
            model = OnnxReader.read(modelBytes);
        } catch (OnnxFormatException e) {
            // Not readable here: the runtime that loads it gives the reason.
            return new Estimate(
                    0, Optional.of("the model file, which the interpreter cannot read (" + e.getMessage() + ")"));
        }
        return check(model, feedShapes, budget, modelLabel);
    }

    static Estimate check(OnnxModel model, Map<String, long[]> feedShapes, ModelMemoryBudget budget, String modelLabel)
            throws ModelMemoryExceededException {
        Graph graph = model.graph();
        Set<String> available = new HashSet<>(graph.initializers().keySet());
        graph.inputs().forEach(input -> available.add(input.name()));
        List<Node> ordered;
        try {
            ordered = TopologicalOrder.of(graph.nodes(), node -> node, available, modelLabel);
        } catch (ModelExecutionException e) {
            return new Estimate(0, Optional.of("the graph, whose nodes cannot be ordered"));
        }
        LiveTensors live = new LiveTensors(
                ordered, graph.outputs().stream().map(ValueInfo::name).toList(), budget, modelLabel);
        Map<String, ValueFacts> facts = new HashMap<>();
        for (var initializer : graph.initializers().entrySet()) {
            ValueFacts constant = ValueFacts.of(initializer.getValue());
            facts.put(initializer.getKey(), constant);
            live.holdThroughout(initializer.getKey(), constant.bytes());
        }
        for (ValueInfo input : graph.feeds()) {
            long[] shape = feedShapes.containsKey(input.name())
                    ? merged(input, feedShapes.get(input.name()))
                    : declared(input);
            ValueFacts feed = shape == null ? ValueFacts.UNKNOWN : ValueFacts.of(shape, OnnxTypes.code(input.type()));
            facts.put(input.name(), feed);
            if (feed.sized()) {
                live.holdThroughout(input.name(), feed.bytes());
            }
        }
        String firstUnsized = null;
        for (int step = 0; step < ordered.size(); step++) {
            Node node = ordered.get(step);
            List<ValueFacts> inputs = new ArrayList<>();
            for (String name : node.inputs()) {
                inputs.add(name.isEmpty() ? null : facts.getOrDefault(name, ValueFacts.UNKNOWN));
            }
            List<ValueFacts> outputs = ShapeRules.outputs(node, model.opsets().getOrDefault(node.domain(), 0L), inputs);
            for (int i = 0; i < outputs.size(); i++) {
                facts.put(node.outputs().get(i), outputs.get(i));
                if (!outputs.get(i).sized()
                        && firstUnsized == null
                        && !node.outputs().get(i).isEmpty()) {
                    firstUnsized = node.label() + " (" + node.opType() + ")";
                }
            }
            live.make(step, outputs, ValueFacts::bytes);
            live.release(step);
        }
        return new Estimate(live.peak(), Optional.ofNullable(firstUnsized));
    }

    /**
     * The shapes of one batch: each reference tensor's shape with its event axis (the first) cut to {@code batch} rows.
     */
    public static Map<String, long[]> batchShapes(Map<String, long[]> referenceShapes, long batch) {
        Map<String, long[]> shapes = new HashMap<>();
        referenceShapes.forEach((name, shape) -> {
            long[] batchShape = shape.clone();
            if (batchShape.length > 0) {
                batchShape[0] = Math.min(batchShape[0], batch);
            }
            shapes.put(name, batchShape);
        });
        return shapes;
    }

    /**
     * The shape fed, with the dimensions the model fixes (a batch axis of exactly 1, say) as the model declares them.
     */
    private static long[] merged(ValueInfo input, long[] fed) {
        long[] shape = fed.clone();
        if (input.shape().size() == shape.length) {
            for (int d = 0; d < shape.length; d++) {
                Long dim = input.shape().get(d);
                if (dim != null && dim >= 0) {
                    shape[d] = dim;
                }
            }
        }
        return shape;
    }

    private static long[] declared(ValueInfo input) {
        if (input.shape().stream().anyMatch(dim -> dim == null || dim < 0)) {
            return null;
        }
        return input.shape().stream().mapToLong(Long::longValue).toArray();
    }
}
