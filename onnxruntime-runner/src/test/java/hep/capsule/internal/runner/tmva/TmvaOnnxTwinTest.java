package hep.capsule.internal.runner.tmva;

import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_5_34_10;
import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_6_04;
import static hep.capsule.internal.runner.tmva.TmvaXml.classifier;
import static hep.capsule.internal.runner.tmva.TmvaXml.cut;
import static hep.capsule.internal.runner.tmva.TmvaXml.leaf;
import static hep.capsule.internal.runner.tmva.TmvaXml.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ONNX twin, run by onnxruntime, routes every event as the Java evaluator does (events sit on the cuts, both
 * cTypes, both split rules) and gives its response to float32 rounding; an event with a NaN input gets the evaluator's
 * NaN response, TMVA's -999 or the one a capsule declares.
 */
class TmvaOnnxTwinTest {

    /** Tree 0 cuts x0 at 1 (cType 1, a leaf at depth 1 beside a deeper branch); tree 1 cuts x1 at 2 with cType 0. */
    private static final String[] TREES = {
        tree(
                0,
                "1.0",
                cut(
                        "s",
                        0,
                        "1.0",
                        1,
                        leaf("-0.5", "0.2", -99),
                        cut("r", 1, "-1.0", 1, leaf("0.0625", "0.5", -99), leaf("0.25", "0.7", -99)))),
        tree(1, "1.0", cut("s", 1, "2.0", 0, leaf("0.125", "0.6", -99), leaf("-0.375", "0.4", -99))),
    };

    private static final float[] EVENTS = {
        1,
        2,
        0.5f,
        3,
        1,
        -1,
        1.5f,
        -1.5f,
        0.99999994f,
        2.0000002f,
        -0.0f,
        0,
        Float.NaN,
        2,
        1,
        Float.NaN,
        Float.NaN,
        Float.NaN
    };
    private static final int FIRST_NAN_EVENT = 6;

    @Test
    void gradientBoostAtOrAbove() throws Exception {
        agree(classifier(ROOT_6_04, "Grad", "True", 1, TREES));
    }

    @Test
    void gradientBoostStrictlyAbove() throws Exception {
        agree(classifier(ROOT_5_34_10, "Grad", "True", 1, TREES));
    }

    @Test
    void boostWeightedMean() throws Exception {
        agree(classifier(
                ROOT_6_04,
                "AdaBoost",
                "True",
                0,
                tree(0, "0.75", cut("s", 0, "0.5", 1, leaf("0", "0.25", -1), leaf("0", "0.75", 1))),
                tree(1, "0.25", cut("s", 1, "0.5", 1, leaf("0", "0.25", -1), leaf("0", "0.75", 1)))));
    }

    @Test
    void aNanInputGetsTheResponseTheCapsuleDeclares() throws Exception {
        ByteBuffer responses = agree(classifier(ROOT_6_04, "Grad", "True", 1, TREES), NanInputResponse.declared(5.0));
        for (int e = FIRST_NAN_EVENT; e < EVENTS.length / 2; e++) {
            assertEquals(5.0f, responses.getFloat(4 * e), "event " + e);
        }
    }

    private static void agree(byte[] xml) throws Exception {
        ByteBuffer responses = agree(xml, NanInputResponse.TMVA_READER);
        for (int e = FIRST_NAN_EVENT; e < EVENTS.length / 2; e++) {
            assertEquals(-999f, responses.getFloat(4 * e), "event " + e + ", as TMVA's Reader");
        }
    }

    /** @return the twin's responses, each checked against the Java evaluator's */
    private static ByteBuffer agree(byte[] xml, NanInputResponse nanInput) throws Exception {
        ByteBuffer data = ByteBuffer.allocate(EVENTS.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : EVENTS) {
            data.putFloat(v);
        }
        Map<String, Tensor> input = Map.of(
                TmvaBdtRunner.INPUT, new Tensor(ElementType.FLOAT32, new long[] {EVENTS.length / 2, 2}, data.array()));
        try (TmvaBdtRunner java = TmvaBdtRunner.load(xml, "t.xml", nanInput);
                ModelRunner twin = OnnxRuntimeRunner.load(java.onnxTwin(), "t.onnx")) {
            assertEquals(java.signature().inputs(), twin.signature().inputs());
            ByteBuffer expected = java.run(input).get(TmvaBdtRunner.OUTPUT).buffer();
            ByteBuffer actual = twin.run(input).get(TmvaBdtRunner.OUTPUT).buffer();
            for (int e = 0; e < EVENTS.length / 2; e++) {
                assertEquals(expected.getFloat(4 * e), actual.getFloat(4 * e), 1e-6f, "event " + e);
            }
            return actual;
        }
    }
}
