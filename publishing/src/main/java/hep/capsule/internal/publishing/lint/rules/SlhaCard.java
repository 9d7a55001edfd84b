package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.FileRole;
import hep.capsule.internal.schema.slha.SignalModelLint;
import hep.capsule.internal.schema.slha.SlhaProblem;
import java.util.ArrayList;
import java.util.List;

/** Every SLHA signal-model card is readable and holds numbers where SLHA wants numbers (no template placeholders). */
final class SlhaCard extends Rule {
    SlhaCard() {
        super(
                "validation-slha-card",
                Severity.ERROR,
                "Every SLHA signal_model card is readable and complete: numbers where SLHA wants numbers, "
                        + "no placeholders.",
                "A template card (MSTOP instead of a mass) cannot generate the signal it stands for.",
                "Fill in the values the finding names (or attach the card of the benchmark point actually used).");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (AttachedFile card : material.descriptor().files()) {
            if (card.role() != FileRole.SIGNAL_MODEL) {
                continue;
            }
            List<SlhaProblem> problems = material.file(card.file())
                    .map(file -> SignalModelLint.check(file, card.file()))
                    .orElse(List.of(new SlhaProblem(card.file(), 0, "no such file")));
            problems.forEach(problem -> findings.add(
                    finding(problem.message(), description().help(), material.inFile(card.file(), problem.line()))));
        }
        return findings;
    }
}
