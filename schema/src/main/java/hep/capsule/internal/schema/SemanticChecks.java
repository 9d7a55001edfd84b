package hep.capsule.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules of descriptor format 1 that JSON Schema cannot express: cross-references, counts that must agree, ranges in
 * order, relative file paths. Runs on a tree that already satisfies the schema; values still MISSING are not judged.
 */
final class SemanticChecks {

    private static final List<String> KNOWN_UNITS =
            List.of("GeV", "MeV", "TeV", "rad", "mm", "ns", "dimensionless", "count", "boolean");
    private static final List<String> INPUT_PATHS = List.of("reference", "raw_reference");

    private final LocatedTree tree;
    private final List<DescriptorProblem> problems = new ArrayList<>();

    private SemanticChecks(LocatedTree tree) {
        this.tree = tree;
    }

    static List<DescriptorProblem> of(LocatedTree tree) {
        SemanticChecks checks = new SemanticChecks(tree);
        checks.checkModels();
        checks.checkFolds();
        checks.forEachIndexed(FieldPath.ROOT.key("files"), file -> checks.checkRelativePath(file.key("file")));
        CutflowChecks.check(tree, checks.problems);
        return checks.problems;
    }

    private void checkModels() {
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, FieldPath> byId = new HashMap<>();
        forEachIndexed(FieldPath.ROOT.key("models"), model -> {
            FieldPath idPath = model.key("id");
            String id = tree.at(idPath).asText();
            Integer first = idLines.putIfAbsent(id, tree.lineOf(idPath));
            byId.putIfAbsent(id, model);
            if (first != null) {
                problems.add(tree.problem(
                        idPath,
                        "expected a model id not used before but found \"" + id
                                + "\", already the id of the model at line " + first));
            }
            checkRelativePath(model.key("file"));
            checkRelativePath(model.key("reference_weights"));
            checkNanResponse(model);
            if (!isTwin(model)) {
                forEachIndexed(model.key("inputs"), this::checkInput);
            }
            forEachIndexed(model.key("outputs"), output -> {
                checkRange(output.key("range"));
                checkWholeOutput(output);
                checkRelativePath(output.key("expected").key("file"));
                checkRelativePath(output.key("stored_reference"));
                checkRelativePath(output.key("stored_witness_reference"));
            });
        });
        forEachIndexed(FieldPath.ROOT.key("models"), model -> {
            if (isTwin(model)) {
                checkTwin(model, byId);
            }
        });
    }

    private boolean isTwin(FieldPath model) {
        return tree.at(model).has("twin_of");
    }

    private void checkNanResponse(FieldPath model) {
        String format = tree.at(model.key("format")).asText();
        if (tree.at(model).has("nan_response") && !format.equals("tmva-xml")) {
            problems.add(tree.problem(
                    model.key("nan_response"),
                    "only a TMVA BDT (format tmva-xml) has a declared response" + " to NaN inputs, but the format is "
                            + format + "; remove nan_response"));
        }
    }

    /**
     * A twin names another model that is no twin itself, is ONNX, and declares the original's inputs and outputs,
     * position by position, with the same names, types and shapes.
     */
    private void checkTwin(FieldPath twin, Map<String, FieldPath> byId) {
        FieldPath twinOf = twin.key("twin_of");
        String originalId = tree.at(twinOf).asText();
        FieldPath original = byId.get(originalId);
        if (original == null || original.equals(twin)) {
            problems.add(tree.problem(
                    twinOf,
                    "expected the id of another model in models ("
                            + String.join(", ", byId.keySet().stream().sorted().toList()) + ") but found \""
                            + originalId + "\""));
            return;
        }
        if (isTwin(original)) {
            problems.add(tree.problem(
                    twinOf,
                    "expected the id of an original model, but \"" + originalId + "\" is itself the" + " twin of \""
                            + tree.at(original.key("twin_of")).asText() + "\"; name that model instead"));
        }
        String format = tree.at(twin.key("format")).asText();
        if (!format.equals("onnx")) {
            problems.add(tree.problem(
                    twin.key("format"),
                    "expected onnx, as a twin is the ONNX form of its original"
                            + " (capsule convert writes it), but found " + format));
        }
        matchOriginal(twin.key("inputs"), original.key("inputs"), "input");
        matchOriginal(twin.key("outputs"), original.key("outputs"), "output");
        for (int i = 0; i < tree.at(twin.key("inputs")).size(); i++) {
            FieldPath reference = twin.key("inputs").index(i).key("reference");
            JsonNode mine = tree.at(reference);
            JsonNode theirs = tree.at(original.key("inputs").index(i).key("reference"));
            if (!mine.isMissingNode() && !mine.equals(theirs)) {
                problems.add(tree.problem(
                        reference,
                        "expected no reference inputs, as a twin runs on its original's, but found " + mine.asText()
                                + (theirs.isMissingNode() ? "" : " instead of the original's " + theirs.asText())));
            }
        }
    }

    private void matchOriginal(FieldPath twinList, FieldPath originalList, String what) {
        JsonNode twins = tree.at(twinList);
        JsonNode originals = tree.at(originalList);
        if (twins.size() != originals.size()) {
            problems.add(tree.problem(
                    twinList,
                    "expected the original's " + originals.size() + " " + what + "(s), line "
                            + tree.lineOf(originalList) + ", but found " + twins.size()));
            return;
        }
        for (int i = 0; i < twins.size(); i++) {
            for (String key : List.of("name", "type", "shape")) {
                JsonNode mine = twins.get(i).path(key);
                JsonNode theirs = originals.get(i).path(key);
                if (!mine.equals(theirs)) {
                    problems.add(tree.problem(
                            twinList.index(i).key(key),
                            "expected the original's " + what + " " + key + " " + theirs + " (line "
                                    + tree.lineOf(originalList.index(i).key(key)) + ") but found " + mine));
                }
            }
        }
    }

    /** Working points cut on an event's value: an output without an event axis has none. */
    private void checkWholeOutput(FieldPath output) {
        JsonNode node = tree.at(output);
        if (node.path("per_event").asBoolean(true)) {
            return;
        }
        JsonNode workingPoints = node.path("working_points");
        if (workingPoints.size() > 0) {
            problems.add(tree.problem(
                    output.key("working_points"),
                    "expected no working points on output \""
                            + node.path("name").asText()
                            + "\", which has per_event: false (no event axis, so no per-event value"
                            + " to cut on), but found " + workingPoints.size()
                            + "; remove them or cut on a per-event output"));
        }
    }

    private void checkInput(FieldPath input) {
        JsonNode node = tree.at(input);
        if (!node.has("reference") && !node.has("raw_reference")) {
            problems.add(tree.problem(
                    input,
                    "expected reference (NPY of model-ready values) or raw_reference "
                            + "(NPY of physical values), or both, but found neither"));
        }
        INPUT_PATHS.forEach(key -> checkRelativePath(input.key(key)));
        JsonNode shape = node.path("shape");
        JsonNode last = shape.path(shape.size() - 1);
        int features = node.path("features").size();
        boolean perEvent = node.path("per_event").asBoolean(true);
        if (perEvent && shape.size() == 0) {
            problems.add(tree.problem(
                    input.key("shape"),
                    "expected an event axis first, but the shape is [] (a scalar);"
                            + " a scalar input is given whole to every batch: add per_event: false and a description"));
        }
        if (perEvent && last.isIntegralNumber() && last.asLong() != features) {
            problems.add(tree.problem(
                    input.key("features"),
                    "expected " + last.asLong() + " features, one per " + "element of the last axis of shape " + shape
                            + ", but found " + features));
        }
        forEachIndexed(input.key("features"), this::checkFeature);
    }

    private void checkFeature(FieldPath feature) {
        JsonNode node = tree.at(feature);
        String unit = node.path("unit").asText();
        boolean hasConvention = node.has("angle_convention");
        if (!Missing.is(unit)) {
            KNOWN_UNITS.stream()
                    .filter(known -> known.equalsIgnoreCase(unit) && !known.equals(unit))
                    .findFirst()
                    .ifPresent(known -> problems.add(tree.problem(
                            feature.key("unit"),
                            "expected one of "
                                    + String.join(", ", KNOWN_UNITS) + " (or another unit written out) but found \""
                                    + unit + "\"; units are case-sensitive, did you mean " + known + "?")));
            if (unit.equals("rad") && !hasConvention) {
                problems.add(new DescriptorProblem(
                        tree.file(),
                        tree.lineOf(feature),
                        feature.key("angle_convention").toString(),
                        "expected \"-pi..pi\" or \"0..2pi\" because " + "the unit is rad, but found nothing"));
            }
            if (!unit.equals("rad") && hasConvention) {
                problems.add(tree.problem(
                        feature.key("angle_convention"),
                        "only angles have an angle " + "convention, but the unit is \"" + unit
                                + "\"; remove it or set unit: rad"));
            }
        }
        checkRange(feature.key("valid_range"));
    }

    private void checkRange(FieldPath range) {
        JsonNode node = tree.at(range);
        if (node.isArray() && node.get(0).decimalValue().compareTo(node.get(1).decimalValue()) > 0) {
            problems.add(tree.problem(range, "expected [min, max] with min <= max but found " + node));
        }
    }

    private void checkFolds() {
        FieldPath folds = FieldPath.ROOT.key("folds");
        Set<String> ids = new HashSet<>();
        Set<String> twins = new HashSet<>();
        tree.root()
                .path("models")
                .forEach(model -> (model.has("twin_of") ? twins : ids)
                        .add(model.path("id").asText()));
        if (!tree.root().has("folds")) {
            if (ids.size() > 1) {
                problems.add(new DescriptorProblem(
                        tree.file(),
                        1,
                        "folds",
                        "expected folds saying which of the " + ids.size()
                                + " models (twins not counted) serves which events, but found nothing"));
            }
            return;
        }
        long modulus = tree.at(folds.key("modulus")).asLong();
        Map<Long, Integer> remainderLines = new HashMap<>();
        forEachIndexed(folds.key("assignments"), assignment -> {
            FieldPath remainderPath = assignment.key("remainder");
            long remainder = tree.at(remainderPath).asLong();
            if (remainder >= modulus) {
                problems.add(tree.problem(
                        remainderPath,
                        "expected a remainder from 0 to " + (modulus - 1) + " (the modulus is " + modulus
                                + ") but found " + remainder));
            }
            Integer first = remainderLines.putIfAbsent(remainder, tree.lineOf(remainderPath));
            if (first != null) {
                problems.add(tree.problem(
                        remainderPath,
                        "expected each remainder once but found " + remainder + " again (first at line " + first
                                + ")"));
            }
            String model = tree.at(assignment.key("model")).asText();
            if (twins.contains(model)) {
                problems.add(tree.problem(
                        assignment.key("model"),
                        "expected an original model, but \"" + model
                                + "\" is a twin: a twin serves its original's events; name the original"));
            } else if (!ids.contains(model)) {
                problems.add(tree.problem(
                        assignment.key("model"),
                        "expected the id of a model in models ("
                                + String.join(", ", ids.stream().sorted().toList()) + ") but found \"" + model + "\""));
            }
        });
    }

    static void checkRelativePath(LocatedTree tree, FieldPath path, List<DescriptorProblem> problems) {
        JsonNode node = tree.at(path);
        if (!node.isTextual()) {
            return;
        }
        String file = node.asText();
        if (file.isBlank() || file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            problems.add(tree.problem(
                    path,
                    "expected a file path relative to the descriptor's " + "folder, like models/nn.onnx, but found \""
                            + file + "\""));
        }
    }

    private void checkRelativePath(FieldPath path) {
        checkRelativePath(tree, path, problems);
    }

    private void forEachIndexed(FieldPath list, Consumer<FieldPath> action) {
        JsonNode items = tree.at(list);
        for (int i = 0; i < items.size(); i++) {
            action.accept(list.index(i));
        }
    }
}
