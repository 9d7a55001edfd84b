package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.StageCut;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every working point is applied by a stage of some cutflow (a twin's cut counts for its original's working point). */
final class WorkingPointCutflow extends Rule {
    WorkingPointCutflow() {
        super(
                "validation-working-point-cutflow",
                Severity.WARNING,
                "Every working point has a cutflow: a cutflow stage whose cut names it.",
                "Les Houches guide: the signal yields stage by stage, up to the model's cut, are what a "
                        + "reinterpretation checks" + " its reimplementation of the signal region against.",
                "Add a cutflow (cutflows, with the signal model it was made with) whose stage applies the "
                        + "working point with" + " cut: {model, output, working_point}.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        Descriptor descriptor = material.descriptor();
        Set<StageCut> applied = appliedCuts(descriptor);
        List<LintFinding> findings = new ArrayList<>();
        for (Places.OutputAt at : Places.outputs(descriptor)) {
            for (int w = 0; w < at.output().workingPoints().size(); w++) {
                String point = at.output().workingPoints().get(w).name();
                if (!applied.contains(
                        new StageCut(at.model().model().id(), at.output().name(), point))) {
                    findings.add(finding(
                            "working point " + point + " of output "
                                    + at.output().name() + " of model "
                                    + at.model().model().id() + " is applied by no cutflow stage",
                            description().help(),
                            material.at(at.path("working_points", w, "name"))));
                }
            }
        }
        return findings;
    }

    /** Every stage cut, with a twin's model id replaced by its original's. */
    private static Set<StageCut> appliedCuts(Descriptor descriptor) {
        Set<StageCut> cuts = new HashSet<>();
        for (Cutflow cutflow : descriptor.cutflows()) {
            for (CutflowStage stage : cutflow.stages()) {
                stage.cut()
                        .ifPresent(cut -> cuts.add(
                                new StageCut(originalOf(descriptor, cut.model()), cut.output(), cut.workingPoint())));
            }
        }
        return cuts;
    }

    private static String originalOf(Descriptor descriptor, String modelId) {
        return descriptor.models().stream()
                .filter(m -> m.id().equals(modelId))
                .findFirst()
                .flatMap(ModelSpec::twinOf)
                .orElse(modelId);
    }
}
