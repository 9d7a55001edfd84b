package hep.capsule.publishing.lint.rules;

import hep.capsule.publishing.lint.LintFinding;
import hep.capsule.publishing.lint.LintMaterial;
import hep.capsule.publishing.lint.Severity;
import hep.capsule.schema.AttachedFile;
import hep.capsule.schema.FileRole;
import hep.capsule.schema.slha.SignalModelLint;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every SLHA signal-model card is readable and holds numbers where SLHA wants numbers (no template placeholders). */
final class SlhaCard extends Rule {
    SlhaCard() {
        super("validation-slha-card", Severity.ERROR, "Every SLHA signal_model card is readable and complete: numbers where SLHA wants numbers, no placeholders.",
                "A template card (MSTOP instead of a mass) cannot generate the signal it stands for.",
                "Fill in the values the finding names (or attach the card of the benchmark point actually used).");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        Map<String, String> byName = material.descriptor().files().stream().filter(f -> f.role() == FileRole.SIGNAL_MODEL)
                .map(AttachedFile::file).collect(Collectors.toMap(file -> java.nio.file.Path.of(file).getFileName().toString(),
                        Function.identity(), (a, b) -> a));
        return SignalModelLint.check(material.descriptor(), material.root()).stream()
                .map(problem -> finding(problem.message(), description().help(),
                        material.inFile(byName.getOrDefault(java.nio.file.Path.of(problem.file()).getFileName().toString(), problem.file()),
                                problem.line()))).toList();
    }
}
