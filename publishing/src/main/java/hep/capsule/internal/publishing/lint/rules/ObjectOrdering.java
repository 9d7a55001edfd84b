package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Padding;
import java.util.List;

/**
 * An input whose features describe objects that can be missing (a padding value) states how the objects are ordered.
 */
final class ObjectOrdering extends Rule {
    ObjectOrdering() {
        super(
                "inputs-object-ordering",
                Severity.WARNING,
                "An input with padded features (objects that can be missing) states the object ordering in "
                        + "object_ordering.",
                "Les Houches guide: the network sees object slots; jets sorted by pT and jets sorted by "
                        + "b-tag score give different inputs.",
                "Add object_ordering to the input, e.g. \"jets by decreasing pT; slots of absent jets carry "
                        + "the padding\".");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return Places.inputs(material.descriptor()).stream()
                .filter(at -> at.input().objectOrdering().isEmpty()
                        && at.input().features().stream()
                                .anyMatch(f -> f.padding().orElse(null) instanceof Padding.Value))
                .map(at -> finding(
                        "input " + at.input().name() + " of model "
                                + at.model().model().id() + " has padded features but states no object ordering",
                        description().help(),
                        material.at(at.path("name"))))
                .toList();
    }
}
