package hep.capsule.internal.packager;

import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.schema.AttachedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What each payload file of a pack plan is, in a sentence, for the RO-Crate's File entities. */
final class CrateDescriptions {
    private CrateDescriptions() {}

    static Map<String, String> of(PackPlan plan) {
        Map<String, String> descriptions = new HashMap<>();
        for (PackPlan.ModelPlan model : plan.models()) {
            String id = model.spec().id();
            descriptions.put(
                    model.model().bagPath(),
                    "Model " + id + " (" + model.spec().format().descriptorName() + ")"
                            + model.spec()
                                    .description()
                                    .map(text -> ": " + text)
                                    .orElse(""));
            for (PackPlan.InputPlan input : model.spec().isTwin() ? List.<PackPlan.InputPlan>of() : model.inputs()) {
                descriptions.put(
                        input.bagPath(),
                        "Model-ready reference inputs of model " + id + ", input "
                                + input.spec().name());
                input.rawBagPath()
                        .ifPresent(raw -> descriptions.put(
                                raw,
                                "Physical reference inputs (before normalisation) of model " + id + ", input "
                                        + input.spec().name()));
            }
            for (PackPlan.OutputPlan output : model.outputs()) {
                String which = "model " + id + ", output " + output.spec().name();
                descriptions.put(output.bagPath(), "Reference outputs of " + which + ", computed at packing");
                output.witnessBagPath()
                        .ifPresent(path -> descriptions.put(
                                path,
                                "Outputs of the portable witness (Capsule's pure-Java" + " ONNX interpreter) for "
                                        + which));
                output.expected()
                        .ifPresent(
                                e -> descriptions.put(e.bagPath(), "Outputs of the training framework for " + which));
            }
        }
        plan.weights()
                .forEach((id, file) ->
                        descriptions.put(file.bagPath(), "Weight of each reference event of model " + id));
        List<AttachedFile> files = plan.descriptor().descriptor().files();
        for (int f = 0; f < files.size(); f++) {
            AttachedFile file = files.get(f);
            descriptions.put(
                    plan.attached().get(f).bagPath(),
                    file.description().orElse("The analysis' " + file.role().descriptorName()));
        }
        return descriptions;
    }

    /** What a file gets that the plan does not describe: a plot by its folder, anything else generically. */
    static String fallback(String bagPath) {
        return bagPath.startsWith(BagLayout.PLOTS_DIRECTORY)
                ? "Histogram of the reference events, drawn at packing (informative)"
                : "a file of the capsule";
    }
}
