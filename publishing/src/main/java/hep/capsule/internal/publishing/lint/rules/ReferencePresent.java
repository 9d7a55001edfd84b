package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every input of an original model has its reference values, and the files exist. */
final class ReferencePresent extends Rule {
    ReferencePresent() {
        super(
                "validation-reference",
                Severity.ERROR,
                "Reference inputs exist for every input, and the reference outputs can be computed from them.",
                "Les Houches guide: reference inputs with the outputs they give are how a user proves a "
                        + "reimplementation or a new" + " installation right.",
                "Give reference (model-ready NPY) or raw_reference (physical NPY) for each input, as paths "
                        + "relative to the descriptor.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.InputAt at : Places.inputs(material.descriptor())) {
            for (String key : List.of("reference", "raw_reference")) {
                Optional<String> path = key.equals("reference")
                        ? at.input().reference()
                        : at.input().rawReference();
                if (path.isPresent() && material.file(path.get()).isEmpty()) {
                    findings.add(finding(
                            "the " + key + " file " + path.get() + " does not exist",
                            description().help(),
                            material.at(at.path(key))));
                }
            }
        }
        material.referenceOutputs()
                .failure()
                .ifPresent(why -> findings.add(finding(
                        "the reference outputs cannot be computed: " + why,
                        "fix what the message names; capsule pack would fail the same way",
                        material.at("models"))));
        return findings;
    }
}
