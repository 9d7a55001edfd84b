package hep.capsule.internal.runner;

import hep.capsule.internal.schema.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what a capsule says about a model's inputs and outputs (names, order, element types, shapes) with what the
 * model itself declares.
 */
public final class InterfaceCheck {
    private InterfaceCheck() {}

    /** @return one line per disagreement; empty when the descriptor and the model agree */
    public static List<String> disagreements(ModelSpec spec, ModelSignature signature) {
        List<String> problems = new ArrayList<>();
        compare(
                "input",
                spec.inputs().stream()
                        .map(i -> new TensorSpec(i.name(), i.type(), i.shape()))
                        .toList(),
                signature.inputs(),
                spec.id(),
                problems);
        compare(
                "output",
                spec.outputs().stream()
                        .map(o -> new TensorSpec(o.name(), o.type(), o.shape()))
                        .toList(),
                signature.outputs(),
                spec.id(),
                problems);
        return problems;
    }

    private static void compare(
            String kind, List<TensorSpec> declared, List<TensorSpec> actual, String model, List<String> problems) {
        if (declared.size() != actual.size()) {
            problems.add("model " + model + ": the capsule declares " + declared.size() + " " + kind
                    + "s, the model has " + actual.size() + " ("
                    + actual.stream().map(TensorSpec::name).toList() + ")");
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            TensorSpec d = declared.get(i);
            TensorSpec a = actual.get(i);
            String where = "model " + model + ", " + kind + " " + i;
            if (!d.name().equals(a.name())) {
                problems.add(where + ": the capsule calls it \"" + d.name() + "\", the model \"" + a.name() + "\"");
            }
            if (d.type() != a.type()) {
                problems.add(where + " (" + a.name() + "): the capsule says "
                        + d.type().descriptorName() + ", the model " + a.type().descriptorName());
            }
            if (!d.shape().equals(a.shape())) {
                problems.add(where + " (" + a.name() + "): the capsule says shape " + d.shape() + ", the model "
                        + a.shape() + " (null = any size)");
            }
        }
    }
}
