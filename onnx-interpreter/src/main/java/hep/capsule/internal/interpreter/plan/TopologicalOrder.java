package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.model.Node;
import hep.capsule.internal.runner.ModelExecutionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Kahn's algorithm over a graph's nodes, always taking the earliest ready node in file order. */
final class TopologicalOrder {
    private TopologicalOrder() {}

    /**
     * @param available the values there before any node runs (inputs, initializers); the outputs of every node are
     *     added to it
     */
    static <T> List<T> of(List<T> items, Function<T, Node> nodeOf, Set<String> available, String modelLabel)
            throws ModelExecutionException {
        List<T> pending = new ArrayList<>(items);
        List<T> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            T ready = pending.stream()
                    .filter(item ->
                            nodeOf.apply(item).inputs().stream().allMatch(in -> in.isEmpty() || available.contains(in)))
                    .findFirst()
                    .orElseThrow(
                            () -> new ModelExecutionException(modelLabel + ": " + missing(pending, nodeOf, available)));
            pending.remove(ready);
            ordered.add(ready);
            available.addAll(nodeOf.apply(ready).outputs());
        }
        return ordered;
    }

    private static <T> String missing(List<T> pending, Function<T, Node> nodeOf, Set<String> available) {
        Map<String, String> needs = new LinkedHashMap<>();
        for (T item : pending) {
            Node node = nodeOf.apply(item);
            node.inputs().stream()
                    .filter(in -> !in.isEmpty() && !available.contains(in))
                    .findFirst()
                    .ifPresent(in -> needs.putIfAbsent(node.label(), in));
        }
        return "the graph has a cycle or reads values nothing computes; for example node "
                + needs.keySet().iterator().next() + " reads '"
                + needs.values().iterator().next() + "'";
    }
}
