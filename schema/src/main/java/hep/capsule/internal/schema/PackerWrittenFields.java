package hep.capsule.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, in a person-written capsule.yaml, the fields only {@code capsule pack} writes into capsule.json:
 * {@code draft}, {@code packing}, {@code signal_model_facts} and {@code models[].outputs[].stored_reference},
 * {@code models[].outputs[].stored_witness_reference}.
 */
final class PackerWrittenFields {

    private PackerWrittenFields() {}

    static List<DescriptorProblem> find(LocatedTree tree) {
        List<FieldPath> present = new ArrayList<>();
        List.of("draft", "packing", "signal_model_facts").forEach(key -> present.add(FieldPath.ROOT.key(key)));
        FieldPath models = FieldPath.ROOT.key("models");
        for (int m = 0; m < tree.at(models).size(); m++) {
            FieldPath model = models.index(m);
            for (int o = 0; o < tree.at(model.key("outputs")).size(); o++) {
                present.add(model.key("outputs").index(o).key("stored_reference"));
                present.add(model.key("outputs").index(o).key("stored_witness_reference"));
            }
        }
        return present.stream()
                .filter(path -> !tree.at(path).isMissingNode())
                .map(path -> tree.problem(
                        path,
                        "is written by capsule pack into the archived capsule.json and " + "cannot be set in "
                                + tree.file() + "; remove it"))
                .toList();
    }
}
