package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.packager.PackException;
import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.Tensor;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.OutputReport;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs of the training framework are compared within their declared tolerance and reported apart from the verdict.
 */
class TrainingFrameworkOutputsTest {
    private static final float SHIFT = 1.0e-7f;

    @TempDir
    static Path temp;

    static Tensor packedOutputs;

    @BeforeAll
    static void packTheExampleOnce() throws Exception {
        BagSurgery bag = BagSurgery.open(Examples.HH_RESDNN_EVEN.pack(temp.resolve("plain.tar.gz")));
        packedOutputs = Npy.decode(
                bag.files.get("data/reference/resdnn_even/outputs/dense_3.npy"), "dense_3.npy", NpyLimits.defaults());
    }

    /** A copy of the example whose output declares framework outputs: the packed ones shifted by SHIFT. */
    private static Path exampleWithFrameworkOutputs(String name, double maxAbsolute, Tensor frameworkOutputs)
            throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve(name));
        Files.write(folder.resolve("keras_outputs.npy"), Npy.encode(frameworkOutputs));
        String yaml = Files.readString(folder.resolve("capsule.yaml"));
        String declared = yaml.replaceFirst(
                "(\\n(\\s+)meaning: )",
                "\n$2expected:\n$2  file: keras_outputs.npy\n$2  produced_by: Keras 2.4 (test)\n$2  max_absolute: "
                        + maxAbsolute + "$1");
        assertFalse(declared.equals(yaml));
        Files.writeString(folder.resolve("capsule.yaml"), declared);
        return folder.resolve("capsule.yaml");
    }

    private static Tensor shifted(Tensor outputs) {
        ByteBuffer data = ByteBuffer.wrap(outputs.data().clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < outputs.elementCount(); i++) {
            data.putFloat(4 * i, data.getFloat(4 * i) + SHIFT);
        }
        return new Tensor(ElementType.FLOAT32, outputs.shape(), data.array());
    }

    private static ArchiveReport packAndVerify(Path descriptor) throws Exception {
        Path archive = descriptor.resolveSibling("capsule.tar.gz");
        Packager.pack(PackOptions.of(descriptor, archive));
        return new Verifier(VerifyOptions.defaults()).verify(archive);
    }

    private static OutputReport framework(ArchiveReport report) {
        return report.outputs().stream()
                .filter(o -> o.kind() == OutputReport.Kind.TRAINING_FRAMEWORK_OUTPUT)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void frameworkOutputsWithinTheirToleranceAreReportedAndTheVerdictStaysBitExact() throws Exception {
        ArchiveReport report = packAndVerify(exampleWithFrameworkOutputs("within", 1.0e-6, shifted(packedOutputs)));
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.toString());
        OutputReport framework = framework(report);
        assertTrue(framework.withinTolerance(), framework.toString());
        assertTrue(
                framework.comparison().maxAbsolute() > 0
                        && framework.comparison().maxAbsolute() < 1.0e-6,
                framework.toString());
    }

    @Test
    void frameworkOutputsBeyondTheirToleranceAreReportedWithoutChangingTheVerdict() throws Exception {
        ArchiveReport report = packAndVerify(exampleWithFrameworkOutputs("beyond", 1.0e-9, shifted(packedOutputs)));
        assertEquals(Verdict.REPRODUCED, report.verdict(), "the framework comparison is reported only");
        assertFalse(framework(report).withinTolerance());
    }

    @Test
    void frameworkOutputsOfTheWrongShapeAreRefusedAtPacking() throws Exception {
        Tensor oneColumnTooMany = new Tensor(ElementType.FLOAT32, new long[] {1000, 2}, new byte[8000]);
        Path descriptor = exampleWithFrameworkOutputs("wrong-shape", 1.0e-6, oneColumnTooMany);
        PackException e = assertThrows(PackException.class, () -> packAndVerify(descriptor));
        assertTrue(
                e.getMessage().contains("keras_outputs.npy holds float32[1000, 2]")
                        && e.getMessage().contains("float32[1000, 1]"),
                e.getMessage());
    }
}
