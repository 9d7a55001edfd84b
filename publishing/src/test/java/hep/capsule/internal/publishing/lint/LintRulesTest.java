package hep.capsule.internal.publishing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.publishing.Example;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.DescriptorProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule fires on material that breaks it, at the right place, and not otherwise (the examples show the latter). */
class LintRulesTest {
    @TempDir
    Path temp;

    private static List<LintFinding> of(LintReport report, String rule) {
        return report.findings().stream()
                .filter(f -> f.rule().id().equals(rule))
                .toList();
    }

    private static LintReport lint(Path descriptor) throws Exception {
        return Linter.standard().lint(descriptor, LintOptions.DEFAULT);
    }

    @Test
    void anArchiveThatIsNotIntactIsNotLinted() {
        Path altered = Path.of("../conformance/invalid/payload-changed.tar.gz");
        InvalidArchiveException e = assertThrows(
                InvalidArchiveException.class, () -> Linter.standard().lint(altered, LintOptions.DEFAULT));
        assertEquals(FindingCode.PAYLOAD_CHECKSUM_MISMATCH, e.finding().code());
        assertEquals("data/models/tiny/tiny.onnx", e.finding().file());
    }

    @Test
    void missingFeatureFieldsAreErrorsWithTheirLine() throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp);
        Example.edit(descriptor, "unit: GeV", "unit: MISSING");
        Example.edit(descriptor, "nan_policy: not_expected", "nan_policy: MISSING");
        List<LintFinding> found = of(lint(descriptor), "inputs-feature-specified");
        assertEquals(
                List.of("models[0].inputs[0].features[0].unit", "models[0].inputs[0].features[0].nan_policy"),
                found.stream().map(f -> f.location().field()).toList());
        assertEquals(
                List.of(59, 65), found.stream().map(f -> f.location().line()).toList());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void aKerasFileIsAnErrorWithConversionAdvice() throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp);
        Files.write(temp.resolve("model.h5"), new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n', 0, 0});
        Example.edit(descriptor, "file: ANA-HIGP-2024-32_resDNN_model_even.onnx", "file: model.h5");
        List<LintFinding> found = of(lint(descriptor), "format-inference");
        assertEquals(1, found.size());
        assertEquals(
                "model.h5 is an HDF5 file (Keras .h5), not an inference format",
                found.get(0).message());
        assertTrue(found.get(0).fix().contains("tf2onnx"));
        assertEquals("models[0].file", found.get(0).location().field());
    }

    @Test
    void aReferenceValueOutsideTheValidRangeIsReportedWithItsEventAndValue() throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp);
        Example.edit(descriptor, "valid_range: [200.0, 13000.0]", "valid_range: [200.0, 400.0]");
        List<LintFinding> found = of(lint(descriptor), "inputs-valid-range");
        assertEquals(1, found.size());
        assertTrue(
                found.get(0)
                        .message()
                        .matches("feature htbjet: the reference inputs leave valid_range \\[200.0, 400.0\\], "
                                + "first at event \\d+ with .*"),
                found.get(0).message());
        assertEquals(
                "models[0].inputs[0].features[0].valid_range",
                found.get(0).location().field());
    }

    @Test
    void aWorkingPointNoReferenceEventPassesIsReported() throws Exception {
        Path descriptor = Example.ZERO_LEPTON.copyTo(temp);
        Example.edit(descriptor, "threshold: 0.90}", "threshold: 1.5}");
        List<LintFinding> found = of(lint(descriptor), "validation-working-point-sides");
        assertEquals(1, found.size());
        assertEquals(
                "working point SR-BDT-GGdirect (output > 1.5): none of the 1000 reference values pass",
                found.get(0).message());
        assertEquals(
                "models[0].outputs[0].working_points[0]",
                found.get(0).location().field());
    }

    @Test
    void aWorkingPointNoCutflowStageAppliesIsReportedAtItsName() throws Exception {
        Path descriptor = Example.ZERO_LEPTON.copyTo(temp);
        Example.edit(
                descriptor,
                "threshold: 0.90}\n",
                "threshold: 0.90}\n          - {name: loose, operator: \">\", threshold: 0.5}\n");
        List<LintFinding> found = of(lint(descriptor), "validation-working-point-cutflow");
        assertEquals(
                List.of("working point loose of output response of model srbdt_ggdirect_even is applied by "
                        + "no cutflow stage"),
                found.stream().map(LintFinding::message).toList());
        assertEquals(
                List.of("models[0].outputs[0].working_points[1].name", 184),
                List.of(found.get(0).location().field(), found.get(0).location().line()));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aCutflowWhoseSignalModelIsACardIsNotReported() throws Exception {
        Path descriptor = Example.ZERO_LEPTON.copyTo(temp);
        Files.copy(
                Example.SUSY.descriptor().resolveSibling("param_card.Gtt.slha"), temp.resolve("param_card.Gtt.slha"));
        Example.edit(descriptor, "- file: signal_model.txt", "- file: param_card.Gtt.slha");
        Example.edit(descriptor, "signal_model: signal_model.txt", "signal_model: param_card.Gtt.slha");
        assertEquals(List.of(), of(lint(descriptor), "validation-cutflow-signal-model"));
        assertEquals(
                1,
                of(lint(Example.ZERO_LEPTON.descriptor()), "validation-cutflow-signal-model")
                        .size());
    }

    @Test
    void tooFewEventsForTheConfiguredMinimumIsAWarning() throws Exception {
        LintReport report = Linter.standard()
                .lint(
                        Example.HIGGS.descriptor(),
                        new LintOptions(5000, hep.capsule.internal.schema.DescriptorLimits.DEFAULT));
        List<LintFinding> found = of(report, "validation-event-count");
        assertEquals(1, found.size());
        assertEquals(
                "model resdnn_even has 1000 reference events, fewer than 5000",
                found.get(0).message());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void identityGapsAreErrors() throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp);
        Example.edit(descriptor, "license: CC-BY-4.0", "license: MISSING");
        Example.edit(descriptor, "doi: 10.1103/PhysRevD.111.032006", "doi: MISSING");
        LintReport report = lint(descriptor);
        assertEquals("license", of(report, "identity-licence").get(0).location().field());
        assertEquals(
                List.of("analysis.doi is MISSING"),
                of(report, "identity-paper").stream().map(LintFinding::message).toList());
        assertTrue(report.fails(false));
    }

    @Test
    void aRunCardPlaceholderIsAnErrorOnItsLine() throws Exception {
        Path descriptor = Example.SUSY.copyTo(temp);
        Path card = temp.resolve("run_card.dat");
        List<String> lines =
                new java.util.ArrayList<>(Files.readAllLines(card, java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.add(" ${EBEAM} = ebeam1 ! beam 1 energy in GeV");
        Files.write(card, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<LintFinding> found = of(lint(descriptor), "validation-run-card-complete");
        assertEquals(1, found.size());
        assertEquals(lines.size(), found.get(0).location().line());
        assertTrue(
                found.get(0).message().endsWith("holds the placeholder \"${EBEAM}\""),
                found.get(0).message());
    }

    @Test
    void anInvalidDescriptorIsRefusedWithItsProblems() throws Exception {
        Path descriptor = Example.HIGGS.copyTo(temp);
        Example.edit(descriptor, "type: float32", "type: float128");
        DescriptorException e = assertThrows(DescriptorException.class, () -> lint(descriptor));
        assertEquals(
                List.of("models[0].inputs[0].type"),
                e.problems().stream().map(DescriptorProblem::field).toList());
    }
}
