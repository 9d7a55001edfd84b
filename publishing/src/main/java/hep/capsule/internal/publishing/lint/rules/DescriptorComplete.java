package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every MISSING that no more specific rule reports (features, output meanings, licence, contacts, paper identifiers).
 */
final class DescriptorComplete extends Rule {
    private static final Pattern OWNED =
            Pattern.compile("^(models\\[\\d+\\]\\.inputs\\[\\d+\\]\\.features\\[\\d+\\]\\..*"
                    + "|models\\[\\d+\\]\\.outputs\\[\\d+\\]\\.meaning"
                    + "|license|contacts\\[\\d+\\]\\.(name|email)|analysis\\.(arxiv|doi|hepdata))$");

    DescriptorComplete() {
        super(
                "descriptor-complete",
                Severity.ERROR,
                "No field still holds MISSING.",
                "capsule pack refuses a descriptor with MISSING fields (except as a --draft).",
                "Replace each MISSING with the value its comment asks for.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        return material.loaded().missing().stream()
                .filter(m -> !OWNED.matcher(m.field()).matches())
                .map(m -> finding(m.field() + " is still MISSING", m.hint(), material.at(steps(m.field()))))
                .toList();
    }

    /** The steps of a readable path such as {@code models[0].inputs[1].name}. */
    static Object[] steps(String field) {
        return java.util.Arrays.stream(field.split("\\.|(?=\\[)"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("[") ? (Object) Integer.valueOf(s.substring(1, s.length() - 1)) : s)
                .toArray();
    }
}
