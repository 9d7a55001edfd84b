package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Missing;
import java.util.List;

/** The capsule states its licence. */
final class Licence extends Rule {
    Licence() {
        super(
                "identity-licence",
                Severity.ERROR,
                "The capsule has a licence (an SPDX identifier such as CC-BY-4.0).",
                "Les Houches guide: without a licence nobody may reuse the model; HEPData and Zenodo ask for one.",
                "Set license to an SPDX identifier, e.g. CC-BY-4.0.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return Missing.is(material.descriptor().license())
                ? List.of(finding("the capsule has no licence", description().help(), material.at("license")))
                : List.of();
    }
}
