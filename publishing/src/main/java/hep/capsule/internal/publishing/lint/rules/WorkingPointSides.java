package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.WorkingPoint;
import hep.capsule.internal.tensor.NpyFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every working point has reference events on both sides: some pass the cut and some fail it. */
final class WorkingPointSides extends Rule {
    WorkingPointSides() {
        super(
                "validation-working-point-sides",
                Severity.WARNING,
                "The reference events fall on both sides of every working point.",
                "Only events near and on both sides of a cut show that a reimplementation takes the same "
                        + "decisions as the original.",
                "Add reference events that pass and events that fail the cut (e.g. signal-like and "
                        + "background-like ones).");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.OutputAt at : Places.outputs(material.descriptor())) {
            List<WorkingPoint> points = at.output().workingPoints();
            Optional<Path> file = material.referenceOutputs()
                    .of(at.model().model().id(), at.output().name());
            if (points.isEmpty() || file.isEmpty()) {
                continue;
            }
            long[] passing = new long[points.size()];
            long[] total = {0};
            try {
                NpyScan.scan(file.get(), at.output().name(), (event, position, value) -> {
                    total[0]++;
                    for (int w = 0; w < points.size(); w++) {
                        passing[w] += points.get(w).passes(value) ? 1 : 0;
                    }
                    return true;
                });
            } catch (IOException | NpyFormatException e) {
                findings.add(finding(
                        "the reference outputs of " + at.output().name() + " cannot be read: " + e.getMessage(),
                        "",
                        material.at(at.path("name"))));
                continue;
            }
            for (int w = 0; w < points.size(); w++) {
                if (passing[w] == 0 || passing[w] == total[0]) {
                    WorkingPoint point = points.get(w);
                    findings.add(finding(
                            "working point " + point.name() + " (output "
                                    + point.operator().descriptorName() + " " + point.threshold() + "): "
                                    + (passing[w] == 0 ? "none" : "all") + " of the " + total[0]
                                    + " reference values pass",
                            description().help(),
                            material.at(at.path("working_points", w))));
                }
            }
        }
        return findings;
    }
}
