package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.verifier.Verifier;
import hep.capsule.verifier.VerifyOptions;
import hep.capsule.verifier.report.ArchiveReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed conformance set (conformance/cases.tsv): a plain verify of every archive gives the verdict
 * the set expects, every archive is listed, and every rule a case cites exists in docs/archive-format-1.md.
 */
class ConformanceSetTest {
    static final Path SET = Examples.repositoryRoot().resolve("conformance");
    private static final Pattern RULE_HEADING = Pattern.compile("\\*\\*(R-[0-9]+(?:\\.[0-9]+)+)\\*\\*");

    /** One line of cases.tsv. */
    record Case(String archive, String verdict, String rule, String reason) {
    }

    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(SET.resolve("cases.tsv"));
        assertEquals("archive\tverdict\trule\treason", lines.get(0));
        List<Case> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals(4, columns.length, line);
            cases.add(new Case(columns[0], columns[1], columns[2], columns[3]));
        }
        return cases;
    }

    @Test
    void everyArchiveGetsItsExpectedVerdict() throws IOException {
        Verifier verifier = new Verifier(VerifyOptions.defaults());
        List<String> differences = new ArrayList<>();
        for (Case c : cases()) {
            ArchiveReport report = verifier.verify(SET.resolve(c.archive()));
            if (!report.verdict().name().equals(c.verdict())) {
                differences.add(c.archive() + ": expected " + c.verdict() + " (" + c.rule() + ", " + c.reason() + ") but got "
                        + report.verdict() + ": " + report.reason());
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void everyArchiveOfTheSetIsListedOnce() throws IOException {
        Set<String> listed = new TreeSet<>();
        cases().forEach(c -> assertTrue(listed.add(c.archive()), "listed twice: " + c.archive()));
        Set<String> present;
        try (Stream<Path> files = Files.walk(SET)) {
            present = files.filter(Files::isRegularFile).map(p -> SET.relativize(p).toString())
                    .filter(name -> name.endsWith(".tar") || name.endsWith(".tar.gz")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    @Test
    void everyCitedRuleIsInTheSpecification() throws IOException {
        String spec = Files.readString(Examples.repositoryRoot().resolve("docs/archive-format-1.md"));
        Set<String> defined = RULE_HEADING.matcher(spec).results().map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> undefined = cases().stream().map(Case::rule).filter(rule -> !defined.contains(rule)).distinct().toList();
        assertEquals(List.of(), undefined, "rules cited in cases.tsv but not defined (as **R-x.y**) in docs/archive-format-1.md");
    }
}
