package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.Normalisation;
import hep.capsule.internal.schema.Padding;
import hep.capsule.internal.schema.ValueRange;
import hep.capsule.internal.tensor.NpyFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The physical reference values stay inside each feature's valid_range (a feature's padding value is allowed outside
 * it). The physical values are raw_reference, or reference when no feature is normalised.
 */
final class ValidRange extends Rule {
    ValidRange() {
        super(
                "inputs-valid-range",
                Severity.WARNING,
                "The reference inputs stay inside every feature's valid_range (padding values excepted).",
                "A reference value outside the declared range means the range, the unit or the reference "
                        + "inputs are wrong.",
                "Correct the valid_range (or the unit), or the reference inputs.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (Places.InputAt at : Places.inputs(material.descriptor())) {
            List<FeatureSpec> features = at.input().features();
            boolean unnormalised =
                    features.stream().allMatch(f -> f.normalisation().orElse(null) instanceof Normalisation.None);
            Optional<String> name =
                    at.input().rawReference().or(() -> unnormalised ? at.input().reference() : Optional.empty());
            Optional<Path> file = name.flatMap(material::file);
            if (file.isEmpty()) {
                continue;
            }
            boolean[] reported = new boolean[features.size()];
            try {
                NpyScan.scan(file.get(), name.get(), (event, position, value) -> {
                    int f = (int) (position % features.size());
                    FeatureSpec feature = features.get(f);
                    Optional<ValueRange> range = feature.validRange();
                    boolean padding = feature.padding().orElse(null) instanceof Padding.Value pad
                            && (float) pad.value() == (float) value;
                    if (!reported[f]
                            && range.isPresent()
                            && !padding
                            && !(value >= range.get().min()
                                    && value <= range.get().max())) {
                        reported[f] = true;
                        findings.add(finding(
                                "feature " + feature.name() + ": the reference inputs leave valid_range ["
                                        + range.get().min() + ", " + range.get().max() + "], first at event " + event
                                        + " with " + value + " (" + name.get() + ")",
                                description().help(),
                                material.at(new Places.FeatureAt(at, f, feature).path("valid_range"))));
                    }
                    return true;
                });
            } catch (IOException | NpyFormatException e) {
                findings.add(finding(
                        name.get() + " cannot be read: " + e.getMessage(),
                        "write a valid NPY file",
                        material.at(at.path("raw_reference"))));
            }
        }
        return findings;
    }
}
