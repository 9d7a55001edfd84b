package hep.capsule.internal.publishing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.publishing.Example;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What lint finds on each bundled example: exactly the findings its published material has. */
class LintExamplesTest {

    private static Map<String, Long> ruleCounts(LintReport report) {
        return report.findings().stream()
                .collect(Collectors.groupingBy(f -> f.rule().id(), TreeMap::new, Collectors.counting()));
    }

    @Test
    void higgsHasItsPlaceholderContactTheProducerAndNoRunCardBesideItsIllustrativeCard() throws Exception {
        LintReport report = Linter.standard().lint(Example.HIGGS.descriptor(), LintOptions.DEFAULT);
        assertEquals(
                Map.of("format-producer", 1L, "validation-run-cards", 1L, "identity-contact-placeholder", 1L),
                ruleCounts(report));
        assertEquals(
                "model resdnn_even: produced by tf2onnx 1.9.1, ONNX IR 4, opsets ai.onnx 9",
                report.findings().get(0).message());
        assertFalse(report.fails(false));
        assertTrue(report.fails(true));
    }

    @Test
    void susyHasItsTemplateCardUnorderedJetsAndPlaceholderContact() throws Exception {
        LintReport report = Linter.standard().lint(Example.SUSY.descriptor(), LintOptions.DEFAULT);
        assertEquals(
                Map.of(
                        "format-producer",
                        1L,
                        "inputs-object-ordering",
                        1L,
                        "validation-slha-card",
                        3L,
                        "identity-contact-placeholder",
                        1L),
                ruleCounts(report));
        List<Location> cards = report.findings().stream()
                .filter(f -> f.rule().id().equals("validation-slha-card"))
                .map(LintFinding::location)
                .toList();
        assertEquals(List.of(93, 105, 109), cards.stream().map(Location::line).toList());
        assertTrue(
                cards.get(0).file().endsWith("archive-examples/atlas-susy-2019-04-4jets/param_card.Gtt.slha"),
                cards.get(0).file());
        Location ordering = report.findings().stream()
                .filter(f -> f.rule().id().equals("inputs-object-ordering"))
                .findFirst()
                .orElseThrow()
                .location();
        assertEquals(List.of("models[0].inputs[0].name", 56), List.of(ordering.field(), ordering.line()));
        assertTrue(ordering.file().endsWith("archive-examples/atlas-susy-2019-04-4jets/capsule.yaml"), ordering.file());
        assertTrue(report.findings().get(0).message().startsWith("model nn_4jets: produced by pytorch 1.7, ONNX IR 6"));
        assertTrue(report.fails(false));
    }

    @Test
    void zeroLeptonsSignalModelIsANoteWithoutCards() throws Exception {
        LintReport report = Linter.standard().lint(Example.ZERO_LEPTON.descriptor(), LintOptions.DEFAULT);
        assertEquals(
                Map.of(
                        "format-producer",
                        1L,
                        "validation-cutflow-signal-model",
                        1L,
                        "validation-run-cards",
                        1L,
                        "identity-contact-placeholder",
                        1L),
                ruleCounts(report));
        Location note = report.findings().stream()
                .filter(f -> f.rule().id().equals("validation-cutflow-signal-model"))
                .findFirst()
                .orElseThrow()
                .location();
        assertEquals(List.of("cutflows[0].signal_model", 224), List.of(note.field(), note.line()));
        assertFalse(report.fails(false));
    }

    @Test
    void anArchiveIsLintedFromItsCapsuleJsonAndNamesTheArchiveAndField() throws Exception {
        java.nio.file.Path old = java.nio.file.Path.of("../archive/src/test/resources/hep/capsule/internal/archive/"
                + "ArchiveReaderFuzzTestInputs/readAndCheck/hh-resdnn-even.capsule.tar");
        LintReport report = Linter.standard().lint(old, LintOptions.DEFAULT);
        assertEquals(Map.of("format-producer", 1L, "identity-contact-placeholder", 1L), ruleCounts(report));
        Location contact = report.findings().get(1).location();
        assertEquals(List.of("contacts[0].email", 0), List.of(contact.field(), contact.line()));
        assertTrue(contact.file().endsWith("hh-resdnn-even.capsule.tar"), contact.file());
    }

    @Test
    void everyRuleHasAUniqueStableIdAndAllItsTexts() {
        List<RuleDescription> rules = Linter.standard().rules();
        assertEquals(
                rules.size(), rules.stream().map(RuleDescription::id).distinct().count());
        for (RuleDescription rule : rules) {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)+"), rule.id());
            assertFalse(
                    rule.summary().isBlank()
                            || rule.rationale().isBlank()
                            || rule.help().isBlank(),
                    rule.id());
        }
        assertEquals("descriptor-complete", rules.get(0).id());
    }
}
