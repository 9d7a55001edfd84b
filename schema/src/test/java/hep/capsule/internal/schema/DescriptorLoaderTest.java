package hep.capsule.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.tensor.ElementType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptorLoaderTest {

    @Test
    void completeDescriptorLoadsIntoRecords(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("capsule.yaml"), Fixture.text());
        LoadedDescriptor loaded = new DescriptorLoader().load(file);
        Descriptor d = loaded.descriptor();

        assertFalse(loaded.hasMissing());
        assertEquals(1, d.capsuleSchema());
        assertEquals("ATLAS-SUSY-2019-04-4jets", d.name());
        assertEquals("2026-11-23T00:00:00Z", d.created());
        assertEquals("2106.09609", d.analysis().arxiv());
        assertEquals(Optional.of(ReferenceOrigin.SIMULATED), d.referenceData().origin());
        assertEquals(2, d.models().size());

        InputSpec input = d.models().get(0).inputs().get(0);
        assertEquals(ElementType.FLOAT32, input.type());
        assertEquals(Arrays.asList(null, 3L), input.shape());
        assertEquals(Optional.of("data/raw_inputs.npy"), input.rawReference());
        FeatureSpec pt = input.features().get(0);
        Normalisation norm = pt.normalisation().orElseThrow();
        assertEquals(new Normalisation.SubtractOffsetDivideScale(454.8374624999389, 169.38975531210076), norm);
        assertEquals((500.0 - 454.8374624999389) / 169.38975531210076, norm.apply(500.0));
        assertEquals(Optional.of(new Padding.None()), pt.padding());
        assertEquals(Optional.of(new ValueRange(0.0, 13000.0)), pt.validRange());
        FeatureSpec phi = input.features().get(1);
        assertEquals(Optional.of(AngleConvention.MINUS_PI_TO_PI), phi.angleConvention());
        assertEquals(Optional.of(new Padding.Value(0.0, "event has fewer than 4 jets")), phi.padding());
        assertEquals(Optional.of(NanPolicy.REPLACED_BY_PADDING), phi.nanPolicy());
        Normalisation btag = input.features().get(2).normalisation().orElseThrow();
        assertInstanceOf(Normalisation.AddOffsetMultiplyScale.class, btag);
        assertEquals(1.0, btag.apply(4.0));
        assertEquals("(x + offset) * scale", btag.formula());

        OutputSpec output = d.models().get(0).outputs().get(0);
        WorkingPoint sr = output.workingPoints().get(0);
        assertEquals(WorkingPoint.Operator.GREATER, sr.operator());
        assertTrue(sr.passes(0.9));
        assertFalse(sr.passes(0.87));
        assertEquals(2L, output.tolerance().orElseThrow().maxUlp().getAsLong());
        assertEquals(1.0e-6, output.tolerance().orElseThrow().maxAbsolute().getAsDouble());
        assertEquals("PyTorch 1.7.1", output.expected().orElseThrow().producedBy());

        Folds folds = d.folds().orElseThrow();
        assertEquals(List.of(new FoldAssignment(0, "nn_even"), new FoldAssignment(1, "nn_odd")), folds.assignments());
        assertEquals(FileRole.SIGNAL_MODEL, d.files().get(0).role());
        assertFalse(d.draft());
        assertTrue(d.packing().isEmpty());
        assertEquals(
                "454.8374624999389",
                loaded.tree()
                        .at("/models/0/inputs/0/features/0/normalisation/offset")
                        .asText());
    }

    /** Each case: replace, by, line fragment in the broken text, field, message fragment. */
    static Stream<Arguments> brokenDescriptors() {
        return Stream.of(
                Arguments.of(
                        "wrong enum",
                        "nan_policy: replaced_by_padding",
                        "nan_policy: replaced",
                        "nan_policy: replaced",
                        "models[0].inputs[0].features[1].nan_policy",
                        "expected one of not_expected, replaced_by_padding, passed_to_model but found \"replaced\""),
                Arguments.of(
                        "missing required property",
                        "    email: ada.physicist@example.org\n",
                        "",
                        "  - name: Ada Physicist",
                        "contacts[0].email",
                        "expected the contact person's email address but found nothing"),
                Arguments.of(
                        "wrong type",
                        "version: \"1.0.0\"",
                        "version: 1.0",
                        "version: 1.0",
                        "version",
                        "expected text but found 1.0"),
                Arguments.of(
                        "bad arxiv",
                        "arxiv: \"2106.09609\"",
                        "arxiv: 21-06",
                        "arxiv: 21-06",
                        "analysis.arxiv",
                        "but found \"21-06\""),
                Arguments.of(
                        "bad doi",
                        "doi: 10.1007/JHEP10(2021)123",
                        "doi: 10.10/JHEP",
                        "doi: 10.10/JHEP",
                        "analysis.doi",
                        "expected the journal DOI"),
                Arguments.of(
                        "feature count",
                        "shape: [null, 3]",
                        "shape: [null, 4]",
                        "        features:\n          - name: jet1_pt",
                        "models[0].inputs[0].features",
                        "expected 4 features"),
                Arguments.of(
                        "angle convention for rad",
                        "            angle_convention: \"-pi..pi\"\n",
                        "",
                        "          - name: jet4_phi",
                        "models[0].inputs[0].features[1].angle_convention",
                        "because the unit is rad"),
                Arguments.of(
                        "angle convention without rad",
                        "unit: count",
                        "unit: count\n            angle_convention: 0..2pi",
                        "angle_convention: 0..2pi",
                        "models[0].inputs[0].features[2].angle_convention",
                        "the unit is \"count\""),
                Arguments.of(
                        "unknown key",
                        "  hepdata: ins1869695\n",
                        "  hepdata: ins1869695\n  hepdate: x\n",
                        "hepdate: x",
                        "analysis.hepdate",
                        "unknown key \"hepdate\""),
                Arguments.of(
                        "unit in wrong case",
                        "unit: count",
                        "unit: Gev",
                        "unit: Gev",
                        "models[0].inputs[0].features[2].unit",
                        "expected one of GeV, MeV, TeV, rad, mm, ns, dimensionless, count, boolean"),
                Arguments.of(
                        "range upside down",
                        "valid_range: [0, 20]",
                        "valid_range: [20, 0]",
                        "valid_range: [20, 0]",
                        "models[0].inputs[0].features[2].valid_range",
                        "min <= max"),
                Arguments.of(
                        "absolute path",
                        "file: models/OneLeptonMultiJets2018_4jets_odd.onnx",
                        "file: /tmp/odd.onnx",
                        "file: /tmp/odd.onnx",
                        "models[1].file",
                        "relative"),
                Arguments.of(
                        "no reference",
                        "        reference: data/reference_inputs_odd.npy\n",
                        "",
                        "      - name: input\n        type: float32\n        shape: [null, 1]",
                        "models[1].inputs[0]",
                        "found neither"),
                Arguments.of(
                        "remainder out of range",
                        "remainder: 1",
                        "remainder: 2",
                        "remainder: 2",
                        "folds.assignments[1].remainder",
                        "from 0 to 1"),
                Arguments.of(
                        "fold names unknown model",
                        "model: nn_odd",
                        "model: nn_old",
                        "model: nn_old",
                        "folds.assignments[1].model",
                        "found \"nn_old\""),
                Arguments.of(
                        "working point off an output",
                        "            valid_range: [0, 20]\n",
                        "            valid_range: [0, 20]\n            working_points: []\n",
                        "working_points: []",
                        "models[0].inputs[0].features[2].working_points",
                        "unknown key"),
                Arguments.of(
                        "MISSING in a structural field",
                        "type: float32\n        shape: [null, 3]",
                        "type: MISSING\n        shape: [null, 3]",
                        "type: MISSING",
                        "models[0].inputs[0].type",
                        "expected one of float32, float64, int32, int64, bool, float16, int8, int16, uint8, "
                                + "uint16, uint32, uint64 but found \"MISSING\""),
                Arguments.of(
                        "packer-written field",
                        "capsule_schema: 1\n",
                        "capsule_schema: 1\ndraft: true\n",
                        "draft: true",
                        "draft",
                        "written by capsule pack"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDescriptors")
    void brokenDescriptorNamesLineFieldAndExpectation(
            String name, String from, String to, String lineFragment, String field, String message) {
        String broken = Fixture.replaced(from, to);
        DescriptorException e = Fixture.failure(broken);

        assertEquals(1, e.problems().size(), e.getMessage());
        DescriptorProblem problem = e.problems().get(0);
        assertEquals(
                new DescriptorProblem("capsule.yaml", Fixture.lineOf(broken, lineFragment), field, problem.message()),
                problem);
        assertTrue(problem.message().contains(message), problem.message());
        assertTrue(e.getMessage().startsWith("capsule.yaml:" + problem.line() + ": " + field + ": "), e.getMessage());
    }

    @Test
    void allProblemsAreReportedTogether() {
        String broken = Fixture.text()
                .replace("nan_policy: replaced_by_padding", "nan_policy: replaced")
                .replace("arxiv: \"2106.09609\"", "arxiv: 21-06");
        DescriptorException e = Fixture.failure(broken);

        assertEquals(
                List.of("analysis.arxiv", "models[0].inputs[0].features[1].nan_policy"),
                e.problems().stream().map(DescriptorProblem::field).sorted().toList());
        assertEquals(2, e.getMessage().lines().count());
    }

    @Test
    void duplicateKeyIsRefusedWithBothLines() {
        String broken = Fixture.replaced("  experiment: ATLAS\n", "  experiment: ATLAS\n  experiment: CMS\n");
        DescriptorException e = Fixture.failure(broken);

        DescriptorProblem problem = e.problems().get(0);
        assertEquals(Fixture.lineOf(broken, "experiment: CMS"), problem.line());
        assertEquals("analysis.experiment", problem.field());
        assertTrue(
                problem.message().contains("first given at line " + Fixture.lineOf(broken, "experiment: ATLAS")),
                problem.message());
    }

    @Test
    void duplicateModelIdNamesBothModels() {
        String text = Fixture.text();
        String broken = Fixture.replaced("id: nn_odd", "id: nn_even");
        DescriptorException e = Fixture.failure(broken);

        DescriptorProblem problem = e.problems().get(0);
        assertEquals("models[1].id", problem.field());
        assertEquals(Fixture.lineOf(text, "id: nn_odd"), problem.line());
        assertTrue(
                problem.message()
                        .endsWith("already the id of the model at line " + Fixture.lineOf(text, "id: nn_even")),
                problem.message());
    }

    @Test
    void moreThanOneModelNeedsFolds() {
        String text = Fixture.text();
        String broken = text.substring(0, text.indexOf("folds:")) + text.substring(text.indexOf("files:"));
        DescriptorException e = Fixture.failure(broken);

        assertEquals("folds", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("which of the 2 models"), e.getMessage());
    }
}
