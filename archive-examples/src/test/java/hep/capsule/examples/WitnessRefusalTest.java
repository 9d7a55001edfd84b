package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.packager.PackOptions;
import hep.capsule.internal.packager.PackResult;
import hep.capsule.internal.packager.Packager;
import hep.capsule.internal.runner.onnx.OnnxModelBuilder;
import hep.capsule.internal.verifier.Verifier;
import hep.capsule.internal.verifier.VerifyOptions;
import hep.capsule.internal.verifier.report.ArchiveReport;
import hep.capsule.internal.verifier.report.Execution;
import hep.capsule.internal.verifier.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that onnxruntime runs but the portable witness refuses (here for its HardSwish, which the interpreter does
 * not implement) is still packed: with a warning that says why, and without witness outputs, so that verify runs
 * onnxruntime alone and demands its bits.
 */
class WitnessRefusalTest {
    @TempDir
    Path temp;

    /**
     * The HH example's interface (input [N, 10], output dense_3 [N, 1]) computed by sigmoid(hardswish(sum of the
     * inputs)).
     */
    private static byte[] hardSwishModel() {
        return new OnnxModelBuilder(14)
                .input("input", OnnxModelBuilder.FLOAT, -1, 10)
                .output("dense_3", OnnxModelBuilder.FLOAT, -1, 1)
                .longs("axes", new long[] {1}, 1)
                .node("ReduceSum", List.of("input", "axes"), List.of("sum"))
                .node("HardSwish", List.of("sum"), List.of("swished"))
                .node("Sigmoid", List.of("swished"), List.of("dense_3"))
                .build();
    }

    @Test
    void aModelTheWitnessRefusesIsPackedWithAWarningAndVerifiedByOnnxruntimeAlone() throws Exception {
        Path folder = Examples.HH_RESDNN_EVEN.copyTo(temp.resolve("hardswish"));
        Files.write(folder.resolve("ANA-HIGP-2024-32_resDNN_model_even.onnx"), hardSwishModel());

        PackResult packed =
                Packager.pack(PackOptions.of(folder.resolve("capsule.yaml"), temp.resolve("hardswish.tar.gz")));
        assertEquals(1, packed.warnings().size(), packed.warnings().toString());
        String warning = packed.warnings().get(0);
        assertTrue(warning.startsWith("model resdnn_even: the portable witness cannot run it"), warning);
        assertTrue(warning.contains("HardSwish"), warning);

        ArchiveReport report = new Verifier(VerifyOptions.defaults()).verify(temp.resolve("hardswish.tar.gz"));
        assertEquals(Verdict.REPRODUCED, report.verdict(), report.toString());
        assertEquals(
                List.of("onnxruntime"),
                report.executions().stream()
                        .map(Execution::engine)
                        .map(e -> e.split(" ")[0])
                        .toList());
    }
}
