package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed conformance set (conformance/cases.tsv): a plain verify of every archive gives the verdict the set
 * expects and reports the finding conformance/findings.tsv expects, every archive is listed, and every rule a case
 * cites exists in docs/archive-format-1.md.
 */
class ConformanceSetTest {
    static final Path SET = Examples.repositoryRoot().resolve("conformance");
    /** The rules a check of the bytes alone can decide. */
    private static final Pattern INTEGRITY_RULE = Pattern.compile("R-[235]\\..*|R-7\\.4");

    private static final Pattern RULE_HEADING = Pattern.compile("\\*\\*(R-[0-9]+(?:\\.[0-9]+)+)\\*\\*");

    /** One line of cases.tsv. */
    record Case(String archive, String verdict, String rule, String reason) {}

    /** One line of findings.tsv: a finding the verification of {@code archive} must report. */
    record ExpectedFinding(String archive, FindingCode code, String file) {}

    static List<ExpectedFinding> expectedFindings() throws IOException {
        return rows("findings.tsv", "archive\tcode\tfile").stream()
                .map(row -> new ExpectedFinding(row[0], FindingCode.valueOf(row[1]), row[2]))
                .toList();
    }

    static List<Case> cases() throws IOException {
        return rows("cases.tsv", "archive\tverdict\trule\treason").stream()
                .map(row -> new Case(row[0], row[1], row[2], row[3]))
                .toList();
    }

    /**
     * The lines of a tab-separated file of the set after its header line, which must be {@code header}, split into its
     * columns.
     */
    private static List<String[]> rows(String file, String header) throws IOException {
        List<String> lines = Files.readAllLines(SET.resolve(file));
        assertEquals(header, lines.get(0), file);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals(header.split("\t").length, columns.length, file + ": " + line);
            rows.add(columns);
        }
        return rows;
    }

    /**
     * Every case gets its verdict; every case that does not reproduce bit for bit is listed in findings.tsv, and its
     * verification reports that finding (the code and the file), among its problems.
     */
    @Test
    void everyArchiveGetsItsExpectedVerdictAndFinding() throws IOException {
        Verifier verifier = new Verifier(VerifyOptions.defaults());
        Map<String, ExpectedFinding> expected = new LinkedHashMap<>();
        expectedFindings()
                .forEach(f -> assertNull(expected.put(f.archive(), f), "listed twice in findings.tsv: " + f.archive()));
        List<String> differences = new ArrayList<>();
        for (Case c : cases()) {
            ArchiveReport report = verifier.verify(SET.resolve(c.archive()));
            if (!report.verdict().name().equals(c.verdict())) {
                differences.add(c.archive() + ": expected " + c.verdict() + " (" + c.rule() + ", " + c.reason()
                        + ") but got " + report.verdict() + ": " + report.reason());
            }
            ExpectedFinding finding = expected.remove(c.archive());
            List<Finding> problems = report.checks().stream()
                    .flatMap(check -> check.findings().stream())
                    .filter(f -> f.code().kind() == FindingCode.Kind.PROBLEM)
                    .toList();
            if (finding == null
                    ? !c.verdict().equals("REPRODUCED")
                    : problems.stream()
                            .noneMatch(
                                    f -> f.code() == finding.code() && f.file().equals(finding.file()))) {
                differences.add(c.archive() + ": expected the finding " + finding + " but got " + problems);
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(Map.of(), expected, "findings.tsv lists archives that cases.tsv does not");
    }

    @Test
    void everyArchiveOfTheSetIsListedOnce() throws IOException {
        Set<String> listed = new TreeSet<>();
        cases().forEach(c -> assertTrue(listed.add(c.archive()), "listed twice: " + c.archive()));
        Set<String> present;
        try (Stream<Path> files = Files.walk(SET)) {
            present = files.filter(Files::isRegularFile)
                    .map(p -> SET.relativize(p).toString())
                    .filter(name -> name.endsWith(".tar") || name.endsWith(".tar.gz"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    /**
     * The README's shell script (tar, sha256sum, sha512sum, python3 with numpy) says INVALID exactly for the INVALID
     * cases of the integrity rules (sections 2, 3 and 5, and ), and INTACT for every other case.
     */
    @Test
    void theReadmeIntegrityScriptAgreesWithCapsuleOnTheIntegrityCases() throws Exception {
        String readme = Files.readString(SET.resolve("README.md"));
        int start =
                readme.indexOf("```bash\n", readme.indexOf("## Checking a capsule's integrity")) + "```bash\n".length();
        Path script = Files.writeString(
                Files.createTempFile("check-capsule-integrity", ".sh"),
                readme.substring(start, readme.indexOf("```", start)));
        List<String> differences = new ArrayList<>();
        try {
            for (Case c : cases()) {
                boolean integrityRule = INTEGRITY_RULE.matcher(c.rule()).matches();
                String expected = c.verdict().equals("INVALID") && integrityRule ? "INVALID" : "INTACT";
                Process process = new ProcessBuilder("bash", script.toString(), c.archive())
                        .directory(SET.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                String output = new String(
                                process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .strip();
                int exit = process.waitFor();
                String said = exit == 0 && output.equals("INTACT")
                        ? "INTACT"
                        : exit == 1 && output.startsWith("INVALID: ") ? "INVALID" : "broken";
                if (!said.equals(expected)) {
                    differences.add(c.archive() + ": expected " + expected + " but the script said (exit " + exit
                            + "): " + output);
                }
            }
        } finally {
            Files.delete(script);
        }
        assertEquals(List.of(), differences);
    }

    /** R-8.11's table lists every finding code with its kind and rule, and every rule a code cites is defined. */
    @Test
    void everyFindingCodeIsInTheSpecificationWithItsRule() throws IOException {
        String spec = Files.readString(Examples.repositoryRoot().resolve("docs/archive-format-1.md"));
        Set<String> defined =
                RULE_HEADING.matcher(spec).results().map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (!spec.contains("| `" + code + "` | " + code.kind() + " | " + code.rule() + " | ")) {
                missing.add(code + " (" + code.kind() + ", " + code.rule() + ") has no row in R-8.11's table");
            }
            Arrays.stream(code.rule().split(", "))
                    .filter(rule -> !defined.contains(rule))
                    .forEach(rule -> missing.add(code + " cites " + rule));
        }
        assertEquals(List.of(), missing);
        assertEquals(
                FindingCode.values().length,
                spec.split("\n\\| `[A-Z0-9_]+` \\| (PROBLEM|NOTE) \\| ", -1).length - 1,
                "no row for a code that does not exist");
    }

    @Test
    void everyCitedRuleIsInTheSpecification() throws IOException {
        String spec = Files.readString(Examples.repositoryRoot().resolve("docs/archive-format-1.md"));
        Set<String> defined =
                RULE_HEADING.matcher(spec).results().map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> undefined = cases().stream()
                .map(Case::rule)
                .filter(rule -> !defined.contains(rule))
                .distinct()
                .toList();
        assertEquals(
                List.of(),
                undefined,
                "rules cited in cases.tsv but not defined (as **R-x.y**) in docs/archive-format-1.md");
    }
}
