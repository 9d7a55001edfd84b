package hep.capsule.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.interpreter.JavaOnnxRunner;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ONNX twin of the real 1000-tree SR-BDT-GGdirect BDT, run by onnxruntime and by the portable interpreter, against
 * Capsule's Java evaluator: the twin sums in float32, so the responses differ by rounding only, and hardly any event
 * changes side of the BDT > 0.90 working point; an event with a NaN input gets -999 from all three.
 */
class ZeroLeptonTwinTest {

    private static final int EVENTS = 20_000;
    private static final float WORKING_POINT = 0.90f;
    /** Every this many events, one input (a different one each time) is NaN. */
    private static final int NAN_EVERY = 97;

    private static Tensor withNans(Tensor events) {
        int features = (int) events.shape()[1];
        ByteBuffer bytes = ByteBuffer.wrap(events.data().clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int e = 0; e < EVENTS; e += NAN_EVERY) {
            bytes.putFloat(Float.BYTES * (e * features + e % features), Float.NaN);
        }
        return new Tensor(events.type(), events.shape(), bytes.array());
    }

    @Test
    void twinAgreesWithTheJavaEvaluatorToRounding() throws Exception {
        byte[] xml = Files.readAllBytes(Examples.ZERO_LEPTON_BDT_EVEN.folder().resolve(BdtBenchmark.WEIGHTS));
        Tensor events = withNans(
                ReferenceTable.draw(new ZeroLeptonEventSource(), EVENTS, 3L).toTensor());
        Map<String, Tensor> input = Map.of(TmvaBdtRunner.INPUT, events);
        try (TmvaBdtRunner java = TmvaBdtRunner.load(xml, BdtBenchmark.WEIGHTS)) {
            byte[] twin = java.onnxTwin();
            ByteBuffer original = java.run(input).get(TmvaBdtRunner.OUTPUT).buffer();
            try (ModelRunner ort = OnnxRuntimeRunner.load(twin, "twin.onnx");
                    ModelRunner interpreter = JavaOnnxRunner.load(twin, "twin.onnx")) {
                for (ModelRunner runner : new ModelRunner[] {ort, interpreter}) {
                    ByteBuffer twinOut =
                            runner.run(input).get(TmvaBdtRunner.OUTPUT).buffer();
                    double largest = 0;
                    int decisions = 0;
                    for (int e = 0; e < EVENTS; e++) {
                        float a = original.getFloat(4 * e);
                        float b = twinOut.getFloat(4 * e);
                        largest = Math.max(largest, Math.abs(a - b));
                        if (e % NAN_EVERY == 0) {
                            assertEquals(-999f, b, runner.settings().runtime() + ": event " + e + " has a NaN input");
                        }
                        decisions += (a > WORKING_POINT) != (b > WORKING_POINT) ? 1 : 0;
                    }
                    String who = runner.settings().runtime();
                    assertTrue(largest < 1e-5, who + ": largest difference " + largest);
                    assertTrue(
                            decisions <= EVENTS / 1000,
                            who + ": " + decisions + " decisions differ at " + WORKING_POINT);
                }
            }
        }
    }
}
