package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.model.Node;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bytes of the tensors alive while a model's nodes run in order, checked against the memory budget: constants and
 * inputs all along, each node's outputs from the node that makes them to the last node that reads them (graph outputs
 * to the end). Used both to size a model before it runs and by the witness while it runs.
 */
final class LiveTensors {
    private final List<Node> ordered;
    private final Map<String, Integer> lastUse = new HashMap<>();
    private final Set<String> kept;
    private final Map<String, Long> held = new HashMap<>();
    private final ModelMemoryBudget budget;
    private final String modelLabel;
    private long total;
    private long peak;

    LiveTensors(List<Node> ordered, Collection<String> graphOutputs, ModelMemoryBudget budget, String modelLabel) {
        this.ordered = ordered;
        this.kept = new HashSet<>(graphOutputs);
        this.budget = budget;
        this.modelLabel = modelLabel;
        for (int i = 0; i < ordered.size(); i++) {
            for (String input : ordered.get(i).inputs()) {
                lastUse.put(input, i);
            }
        }
    }

    /** Counts a tensor there before any node runs (a constant or an input) for the whole run. */
    void holdThroughout(String name, long bytes) throws ModelMemoryExceededException {
        kept.add(name);
        add(name, bytes);
        if (!budget.allows(total)) {
            throw new ModelMemoryExceededException(
                    modelLabel + ": its constants and inputs alone take " + ModelMemoryBudget.readable(total)
                            + ", more than " + budget.describe(),
                    total);
        }
    }

    /**
     * Checks, then counts, the outputs node {@code step} is about to make.
     *
     * @param outputs the facts of each output; unsized ones are not counted
     */
    void make(int step, List<ValueFacts> outputs, java.util.function.ToLongFunction<ValueFacts> bytesOf)
            throws ModelMemoryExceededException {
        Node node = ordered.get(step);
        for (int i = 0; i < outputs.size() && i < node.outputs().size(); i++) {
            ValueFacts facts = outputs.get(i);
            String name = node.outputs().get(i);
            if (name.isEmpty() || !facts.sized()) {
                continue;
            }
            long bytes = bytesOf.applyAsLong(facts);
            if (!budget.allows(bytes)) {
                throw new ModelMemoryExceededException(
                        modelLabel + ": node " + node.label() + " (" + node.opType()
                                + ") would make the tensor '" + name + "' of shape " + facts.describe() + ", "
                                + ModelMemoryBudget.readable(bytes) + ", more than " + budget.describe(),
                        bytes);
            }
            add(name, bytes);
        }
        if (!budget.allows(total)) {
            throw new ModelMemoryExceededException(
                    modelLabel + ": at node " + node.label() + " (" + node.opType()
                            + ") the model would hold " + ModelMemoryBudget.readable(total)
                            + " of tensors at once, more than "
                            + budget.describe(),
                    total);
        }
    }

    /** Forgets the tensors that no node after {@code step} reads; returns their names. */
    List<String> release(int step) {
        Node node = ordered.get(step);
        List<String> released = new ArrayList<>();
        List<String> touched = new ArrayList<>(node.inputs());
        touched.addAll(node.outputs());
        for (String name : touched) {
            if (!name.isEmpty()
                    && !kept.contains(name)
                    && lastUse.getOrDefault(name, -1) <= step
                    && held.containsKey(name)) {
                total -= held.remove(name);
                released.add(name);
            }
        }
        return released;
    }

    /** The most bytes held at once so far. */
    long peak() {
        return peak;
    }

    private void add(String name, long bytes) {
        Long previous = held.put(name, bytes);
        total = saturatedSum(total - (previous == null ? 0 : previous), bytes);
        peak = Math.max(peak, total);
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
