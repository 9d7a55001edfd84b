package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.FileRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every run, process and shower card exists, is not empty, and holds no template placeholder outside comments
 * ({@code MISSING}, {@code TODO}, {@code ${NAME}}, {@code %(name)s}, {@code {{name}}}).
 */
final class RunCardComplete extends Rule {
    private static final Set<FileRole> CARDS =
            EnumSet.of(FileRole.RUN_CARD, FileRole.PROCESS_CARD, FileRole.SHOWER_CARD);
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\bMISSING\\b|\\bTODO\\b|\\$\\{?[A-Za-z_]\\w*\\}?|%\\(\\w+\\)[sdf]|\\{\\{[^}]*\\}\\}");

    RunCardComplete() {
        super(
                "validation-run-card-complete",
                Severity.ERROR,
                "Every run, process and shower card exists, is not empty and holds no placeholder.",
                "A card with a placeholder was a template a scan script filled in; the values actually used "
                        + "are not archived.",
                "Attach the card as it was used, with every value filled in.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        List<AttachedFile> files = material.descriptor().files();
        for (int i = 0; i < files.size(); i++) {
            AttachedFile card = files.get(i);
            if (!CARDS.contains(card.role())) {
                continue;
            }
            Optional<Path> file = material.file(card.file());
            if (file.isEmpty()) {
                findings.add(finding(
                        "the " + card.role().descriptorName() + " " + card.file() + " does not exist",
                        description().help(),
                        material.at("files", i, "file")));
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file.get(), StandardCharsets.ISO_8859_1);
                if (lines.stream().allMatch(String::isBlank)) {
                    findings.add(
                            finding(card.file() + " is empty", description().help(), material.inFile(card.file(), 0)));
                }
                for (int n = 0; n < lines.size(); n++) {
                    String content = lines.get(n).replaceFirst("[#!].*$", "");
                    Matcher placeholder = PLACEHOLDER.matcher(content);
                    if (placeholder.find()) {
                        findings.add(finding(
                                card.file() + " line " + (n + 1) + " holds the placeholder \"" + placeholder.group()
                                        + "\"",
                                description().help(),
                                material.inFile(card.file(), n + 1)));
                    }
                }
            } catch (IOException e) {
                findings.add(finding(
                        card.file() + " cannot be read: " + e.getMessage(),
                        description().help(),
                        material.at("files", i, "file")));
            }
        }
        return findings;
    }
}
