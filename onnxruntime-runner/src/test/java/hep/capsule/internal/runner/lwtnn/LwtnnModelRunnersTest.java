package hep.capsule.internal.runner.lwtnn;

import static hep.capsule.internal.runner.lwtnn.LwtnnJson.GRAPH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.ModelFormat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An lwtnn file opened through {@link ModelRunners}: the Java evaluator, with the file's interface. */
class LwtnnModelRunnersTest {

    @Test
    void signatureNamesTheInputsAndOutputs() throws Exception {
        try (ModelRunner runner = ModelRunners.open(ModelFormat.LWTNN_JSON, GRAPH, "net.json")) {
            assertEquals("jet", runner.signature().inputs().get(0).name());
            assertEquals(
                    Arrays.asList(null, 1L), runner.signature().inputs().get(1).shape());
            assertEquals("hidden", runner.signature().outputs().get(1).name());
            assertEquals("graph", runner.settings().settings().get("structure"));
            assertEquals(LwtnnRunner.RUNTIME, runner.settings().runtime());
        }
    }
}
