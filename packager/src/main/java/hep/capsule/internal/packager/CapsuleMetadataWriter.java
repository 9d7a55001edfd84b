package hep.capsule.internal.packager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.schema.CanonicalJson;
import hep.capsule.internal.schema.Packing;
import java.util.function.Consumer;

/**
 * Makes the archived capsule.json: the descriptor as the user wrote it, with every file path replaced by its place in
 * the bag, plus the draft flag and what packing recorded.
 */
final class CapsuleMetadataWriter {
    private static final ObjectMapper SNAKE_CASE =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private CapsuleMetadataWriter() {}

    /** @param physics adds what packing derived of the physics (cutflow yields, signal-model facts) to the tree */
    static byte[] write(PackPlan plan, Packing packing, Consumer<ObjectNode> physics) {
        ObjectNode tree = plan.descriptor().tree().deepCopy();
        ArrayNode models = (ArrayNode) tree.get("models");
        for (int m = 0; m < plan.models().size(); m++) {
            PackPlan.ModelPlan model = plan.models().get(m);
            ObjectNode modelNode = (ObjectNode) models.get(m);
            modelNode.put("file", model.model().bagPath());
            PackPlan.SourceFile weights = plan.weights().get(model.spec().id());
            if (weights != null) {
                modelNode.put("reference_weights", weights.bagPath());
            }
            ArrayNode inputs = (ArrayNode) modelNode.get("inputs");
            for (int i = 0; i < model.inputs().size(); i++) {
                PackPlan.InputPlan input = model.inputs().get(i);
                ObjectNode inputNode = (ObjectNode) inputs.get(i);
                inputNode.put("reference", input.bagPath());
                input.rawBagPath().ifPresent(path -> inputNode.put("raw_reference", path));
            }
            ArrayNode outputs = (ArrayNode) modelNode.get("outputs");
            for (int o = 0; o < model.outputs().size(); o++) {
                PackPlan.OutputPlan output = model.outputs().get(o);
                ObjectNode outputNode = (ObjectNode) outputs.get(o);
                outputNode.put("stored_reference", output.bagPath());
                output.witnessBagPath().ifPresent(path -> outputNode.put("stored_witness_reference", path));
                output.expected()
                        .ifPresent(
                                expected -> ((ObjectNode) outputNode.get("expected")).put("file", expected.bagPath()));
            }
        }
        if (tree.has("files")) {
            ArrayNode files = (ArrayNode) tree.get("files");
            for (int f = 0; f < plan.attached().size(); f++) {
                ((ObjectNode) files.get(f)).put("file", plan.attached().get(f).bagPath());
            }
        }
        renameCutflowFiles(tree, plan);
        physics.accept(tree);
        tree.put("draft", plan.draft());
        tree.set("packing", packingNode(packing));
        return CanonicalJson.write(tree);
    }

    /** A cutflow's signal model is named by the file's place in the bag, as the files list names it. */
    private static void renameCutflowFiles(ObjectNode tree, PackPlan plan) {
        JsonNode files = tree.path("files");
        for (JsonNode cutflow : tree.path("cutflows")) {
            String signalModel = cutflow.path("signal_model").asText();
            for (int f = 0; f < plan.attached().size(); f++) {
                if (plan.descriptor().descriptor().files().get(f).file().equals(signalModel)) {
                    ((ObjectNode) cutflow)
                            .put("signal_model", files.get(f).path("file").asText());
                }
            }
            for (PackPlan.PaperTable table : plan.tables()) {
                if (table.cutflow().equals(cutflow.path("name").asText())) {
                    ((ObjectNode) cutflow.get("stages_from"))
                            .put("hepdata_table", table.file().bagPath());
                    ArrayNode stages = ((ObjectNode) cutflow).putArray("stages");
                    table.stages().forEach(stage -> {
                        ObjectNode node = stages.addObject().put("name", stage.name());
                        stage.events().ifPresent(events -> node.put("events", events));
                        stage.weighted().ifPresent(weighted -> node.put("weighted", weighted));
                    });
                }
            }
        }
    }

    /** Records map field by field onto the schema's snake_case names. */
    private static ObjectNode packingNode(Packing packing) {
        return SNAKE_CASE.valueToTree(packing);
    }
}
