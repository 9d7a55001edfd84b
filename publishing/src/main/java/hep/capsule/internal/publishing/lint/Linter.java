package hep.capsule.internal.publishing.lint;

import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.publishing.lint.rules.LintRules;
import hep.capsule.internal.schema.DescriptorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs lint rules on a capsule.yaml or an archive. Each rule is a small class with a stable id
 * ({@link LintRules#all()}); adding a rule is adding it to that list.
 */
public final class Linter {
    private final List<LintRule> rules;

    public Linter(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The linter with every rule Capsule has. */
    public static Linter standard() {
        return new Linter(LintRules.all());
    }

    /** Every rule's description, in order. */
    public List<RuleDescription> rules() {
        return rules.stream().map(LintRule::description).toList();
    }

    /**
     * Lints a capsule.yaml (a name ending in .yaml or .yml) or an archive. The rules need a valid descriptor: an
     * invalid one is refused with all its problems, as pack refuses it.
     *
     * @throws DescriptorException when the descriptor (or the archive's capsule.json) is not valid
     * @throws InvalidArchiveException when the archive cannot be read as a capsule at all, or is not complete and
     *     intact
     */
    public LintReport lint(Path subject, LintOptions options)
            throws IOException, InvalidArchiveException, DescriptorException {
        String shown = Shown.path(subject);
        try (WorkFolder work = WorkFolder.create("lint")) {
            LintMaterial material = isDescriptor(subject)
                    ? Materials.descriptor(subject, options, work)
                    : Materials.archive(subject, options, work);
            List<LintFinding> findings = new ArrayList<>();
            for (LintRule rule : rules) {
                findings.addAll(rule.check(material));
            }
            return new LintReport(shown, rules(), findings);
        }
    }

    static boolean isDescriptor(Path subject) {
        String name = subject.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
