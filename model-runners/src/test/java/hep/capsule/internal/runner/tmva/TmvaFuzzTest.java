package hep.capsule.internal.runner.tmva;

import com.code_intelligence.jazzer.junit.FuzzTest;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * TMVA weight files come from hostile archives: loading one, and evaluating what loads, may only end in a
 * {@link ModelExecutionException} (or its {@link UnsupportedModelException}). Seeds: small hand-written weight files,
 * in {@code TmvaFuzzTestInputs}.
 */
class TmvaFuzzTest {

    @FuzzTest
    void loadAndEvaluate(byte[] xml) {
        try (TmvaBdtRunner runner = TmvaBdtRunner.load(xml, "fuzz.xml")) {
            int width = runner.variables().size();
            ByteBuffer events = ByteBuffer.allocate(2 * width * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < width; i++) {
                events.putFloat(0.5f);
            }
            for (int i = 0; i < width; i++) {
                events.putFloat(Float.NaN);
            }
            runner.run(Map.of(
                    TmvaBdtRunner.INPUT, new Tensor(ElementType.FLOAT32, new long[] {2, width}, events.array())));
        } catch (ModelExecutionException expected) {
            // a declared refusal
        }
    }
}
