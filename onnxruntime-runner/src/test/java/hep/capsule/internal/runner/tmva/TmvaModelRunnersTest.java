package hep.capsule.internal.runner.tmva;

import static hep.capsule.internal.runner.tmva.TmvaBdtRunnerTest.GRAD_TREES;
import static hep.capsule.internal.runner.tmva.TmvaBdtRunnerTest.response;
import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_6_04;
import static hep.capsule.internal.runner.tmva.TmvaXml.classifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A TMVA BDT opened through {@link ModelRunners}, as a capsule declares it: the Java evaluator, with the NaN response
 * the capsule declares.
 */
class TmvaModelRunnersTest {

    @Test
    void aDeclaredNanResponseReplacesTheReadersAndIsRecorded() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "Grad", "True", 1, GRAD_TREES);
        ModelSpec declared = new ModelSpec(
                "bdt",
                "t.xml",
                ModelFormat.TMVA_XML,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.of(-1.5),
                List.of(),
                List.of(),
                Optional.empty());
        ByteBuffer in = ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(Float.NaN)
                .putFloat(0.3f)
                .putFloat(1.0f)
                .putFloat(0.3f);
        try (ModelRunner runner = ModelRunners.open(declared, xml, "t.xml")) {
            Tensor out = runner.run(Map.of("variables", new Tensor(ElementType.FLOAT32, new long[] {2, 2}, in.array())))
                    .get("response");
            assertEquals(-1.5f, (float) out.doubleAt(0));
            assertEquals(response(xml, 1.0f, 0.3f), (float) out.doubleAt(1));
            assertEquals(
                    "an event with any NaN input gets response -1.5 (declared by the capsule: nan_response;"
                            + " TMVA's Reader would give -999)",
                    runner.settings().settings().get("nan_input"));
        }
    }

    @Test
    void opensThroughTheFactoryWithTheDocumentedSignature() throws Exception {
        try (ModelRunner runner = ModelRunners.open(
                ModelFormat.TMVA_XML, classifier(ROOT_6_04, "Grad", "True", 1, GRAD_TREES), "t.xml")) {
            assertEquals("variables", runner.signature().inputs().get(0).name());
            assertEquals("[null, 2]", runner.signature().inputs().get(0).shape().toString());
            assertEquals("response", runner.signature().outputs().get(0).name());
            assertEquals(
                    "[null, 1]", runner.signature().outputs().get(0).shape().toString());
        }
    }
}
