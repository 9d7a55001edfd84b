package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.tensor.NpyFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each original model's reference inputs hold enough events (default 1000, lint --min-events). */
final class EventCount extends Rule {
    EventCount() {
        super(
                "validation-event-count",
                Severity.WARNING,
                "The reference inputs hold enough events (at least 1000 unless --min-events says otherwise).",
                "A handful of events rarely reaches every branch of a model or both sides of a cut; "
                        + "differences then go unseen.",
                "Add events to the reference inputs (synthetic or simulated ones are fine; say how they "
                        + "were made in reference_data).");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.InputAt at : Places.inputs(material.descriptor())) {
            if (at.i() != 0) {
                continue;
            }
            String key = at.input().reference().isPresent() ? "reference" : "raw_reference";
            Optional<String> name = at.input().reference().or(() -> at.input().rawReference());
            Optional<Path> file = name.flatMap(material::file);
            if (file.isEmpty()) {
                continue;
            }
            try {
                long rows = NpyScan.rows(file.get(), name.get());
                if (rows < material.options().minEvents()) {
                    findings.add(finding(
                            "model " + at.model().model().id() + " has " + rows + " reference events, fewer than "
                                    + material.options().minEvents(),
                            description().help(),
                            material.at(at.path(key))));
                }
            } catch (IOException | NpyFormatException e) {
                findings.add(finding(
                        name.get() + " cannot be read: " + e.getMessage(),
                        "write a valid NPY file",
                        material.at(at.path(key))));
            }
        }
        return findings;
    }
}
