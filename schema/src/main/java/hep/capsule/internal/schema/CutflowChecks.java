package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@code cutflows} and {@code reference_weights} that JSON Schema cannot express: each cutflow names a
 * signal-model file of the capsule, its cuts name a model, a per-event output and a working point that exist, a
 * re-derived cutflow has a cut, and the stages are written or read from a table, not both.
 */
final class CutflowChecks {
    private final LocatedTree tree;
    private final List<DescriptorProblem> problems;
    private final boolean packed;

    private CutflowChecks(LocatedTree tree, List<DescriptorProblem> problems) {
        this.tree = tree;
        this.problems = problems;
        this.packed = tree.root().has("packing");
    }

    static void check(LocatedTree tree, List<DescriptorProblem> problems) {
        CutflowChecks checks = new CutflowChecks(tree, problems);
        checks.checkTwinWeights();
        Map<String, Integer> names = new HashMap<>();
        JsonNode cutflows = tree.root().path("cutflows");
        for (int c = 0; c < cutflows.size(); c++) {
            FieldPath cutflow = FieldPath.ROOT.key("cutflows").index(c);
            String name = tree.at(cutflow.key("name")).asText();
            Integer first = names.putIfAbsent(name, tree.lineOf(cutflow.key("name")));
            if (first != null) {
                problems.add(tree.problem(
                        cutflow.key("name"),
                        "expected a cutflow name not used before but found \"" + name
                                + "\", already the name of the cutflow at line " + first));
            }
            checks.checkCutflow(cutflow);
        }
    }

    private void checkTwinWeights() {
        JsonNode models = tree.root().path("models");
        for (int m = 0; m < models.size(); m++) {
            if (models.get(m).has("twin_of") && models.get(m).has("reference_weights")) {
                problems.add(tree.problem(
                        FieldPath.ROOT.key("models").index(m).key("reference_weights"),
                        "a twin runs on its" + " original's reference events and uses its original's weights; "
                                + "remove reference_weights here"));
            }
        }
    }

    private void checkCutflow(FieldPath cutflow) {
        JsonNode node = tree.at(cutflow);
        checkSignalModel(cutflow.key("signal_model"));
        String source = node.path("source").asText();
        boolean written = node.has("stages");
        boolean fromTable = node.has("stages_from");
        if (fromTable) {
            SemanticChecks.checkRelativePath(tree, cutflow.key("stages_from").key("hepdata_table"), problems);
            if (!source.equals("paper")) {
                problems.add(tree.problem(
                        cutflow.key("stages_from"),
                        "only a paper cutflow is read from a table, but the source is " + source
                                + "; write the stages, or set source: paper"));
            }
        }
        if (!packed && written == fromTable) {
            problems.add(tree.problem(
                    cutflow,
                    written
                            ? "expected the stages written out or read from a table, not both; remove"
                                    + " stages or stages_from"
                            : "expected stages (a list of stages) or stages_from: {hepdata_table: "
                                    + "FILE.yaml}, but found neither"));
        }
        if (packed && !written) {
            problems.add(tree.problem(
                    cutflow, "expected stages, which capsule pack writes into capsule.json, but found none"));
        }
        JsonNode stages = node.path("stages");
        boolean anyCut = false;
        for (int s = 0; s < stages.size(); s++) {
            FieldPath cut = cutflow.key("stages").index(s).key("cut");
            if (!tree.at(cut).isMissingNode()) {
                anyCut = true;
                checkCut(cut);
            }
        }
        if (source.equals("reference_events") && written && !anyCut) {
            problems.add(tree.problem(
                    cutflow.key("stages"),
                    "a reference_events cutflow is re-derived from the first stage"
                            + " with a cut on, but no stage has a cut; add cut: {model, output, "
                            + "working_point} to the model's stage,"
                            + " or set source: paper"));
        }
    }

    private void checkSignalModel(FieldPath path) {
        String file = tree.at(path).asText();
        List<String> signalModels = new ArrayList<>();
        for (JsonNode attached : tree.root().path("files")) {
            if (attached.path("role").asText().equals("signal_model")) {
                signalModels.add(attached.path("file").asText());
            }
        }
        if (!signalModels.contains(file)) {
            problems.add(tree.problem(
                    path,
                    "expected the file of a files entry with role signal_model ("
                            + (signalModels.isEmpty()
                                    ? "there is none; attach the SLHA card under files with role: signal_model"
                                    : String.join(", ", signalModels))
                            + ") but found \"" + file + "\""));
        }
    }

    private void checkCut(FieldPath cut) {
        String modelId = tree.at(cut.key("model")).asText();
        JsonNode model = modelById(modelId);
        if (model == null) {
            problems.add(tree.problem(
                    cut.key("model"), "expected the id of a model in models but found \"" + modelId + "\""));
            return;
        }
        String outputName = tree.at(cut.key("output")).asText();
        JsonNode output = outputByName(model, outputName);
        if (output == null) {
            problems.add(tree.problem(
                    cut.key("output"),
                    "expected the name of an output of model " + modelId + " (" + names(model.path("outputs"))
                            + ") but found \"" + outputName + "\""));
            return;
        }
        if (!output.path("per_event").asBoolean(true)) {
            problems.add(tree.problem(
                    cut.key("output"),
                    "expected a per-event output to cut on, but output \"" + outputName
                            + "\" of model " + modelId
                            + " has per_event: false (no event axis, so no per-event value to cut on);"
                            + " cut on a per-event output"));
            return;
        }
        JsonNode original =
                model.has("twin_of") ? modelById(model.path("twin_of").asText()) : model;
        JsonNode withPoints = original == null ? output : outputByName(original, outputName);
        JsonNode points = withPoints == null ? MissingNode.getInstance() : withPoints.path("working_points");
        String point = tree.at(cut.key("working_point")).asText();
        for (JsonNode wp : points) {
            if (wp.path("name").asText().equals(point)) {
                return;
            }
        }
        problems.add(tree.problem(
                cut.key("working_point"),
                "expected the name of a working point of output " + outputName + " of model " + modelId + " ("
                        + (points.isEmpty() ? "it declares none" : names(points)) + ") but found \"" + point + "\""));
    }

    private JsonNode modelById(String id) {
        for (JsonNode model : tree.root().path("models")) {
            if (model.path("id").asText().equals(id)) {
                return model;
            }
        }
        return null;
    }

    private static JsonNode outputByName(JsonNode model, String name) {
        for (JsonNode output : model.path("outputs")) {
            if (output.path("name").asText().equals(name)) {
                return output;
            }
        }
        return null;
    }

    private static String names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add("\"" + item.path("name").asText() + "\""));
        return String.join(", ", names);
    }
}
