package hep.capsule.internal.runner.tmva;

import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_5_34_10;
import static hep.capsule.internal.runner.tmva.TmvaXml.ROOT_6_04;
import static hep.capsule.internal.runner.tmva.TmvaXml.classifier;
import static hep.capsule.internal.runner.tmva.TmvaXml.cut;
import static hep.capsule.internal.runner.tmva.TmvaXml.leaf;
import static hep.capsule.internal.runner.tmva.TmvaXml.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known answers, worked out on paper, for every boost type, leaf kind and split convention. The Grad response
 * 2/(1+exp(-2s))-1 is tanh(s); the values below are tanh(s) rounded to float32.
 */
class TmvaBdtRunnerTest {

    /** Tree 0 cuts x0 at 1 (cType 1), tree 1 cuts x1 at 2 with cType 0 (inverted). */
    static final String[] GRAD_TREES = {
        tree(0, "1.0", cut("s", 0, "1.0", 1, leaf("-0.5", "0.2", -99), leaf("0.25", "0.7", -99))),
        tree(1, "1.0", cut("s", 1, "2.0", 0, leaf("0.125", "0.6", -99), leaf("-0.375", "0.4", -99))),
    };

    private static String[] adaTrees(String w0, String w1) {
        return new String[] {
            tree(0, w0, cut("s", 0, "0.5", 1, leaf("0", "0.25", -1), leaf("0", "0.75", 1))),
            tree(1, w1, cut("s", 1, "0.5", 1, leaf("0", "0.25", -1), leaf("0", "0.75", 1))),
        };
    }

    @Test
    void gradAtOrAboveTheCutGoesToTheCTypeSide() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "Grad", "True", 1, GRAD_TREES);
        // x0 = 1 >= 1: right, 0.25; x1 = 2 >= 2 but cType 0: left, 0.125; sum 0.375.
        assertEquals(0.35835739970207214f, response(xml, 1.0f, 2.0f));
        // x0 = 0.5 < 1: left, -0.5; x1 = 3 >= 2, cType 0: left, 0.125; sum -0.375.
        assertEquals(-0.35835739970207214f, response(xml, 0.5f, 3.0f));
    }

    @Test
    void olderRootReleasesSplitStrictlyAbove() throws Exception {
        byte[] xml = classifier(ROOT_5_34_10, "Grad", "True", 1, GRAD_TREES);
        // x0 = 1 is not > 1: left, -0.5; x1 = 2 is not > 2, cType 0: right, -0.375; sum -0.875.
        assertEquals(-0.7039055824279785f, response(xml, 1.0f, 2.0f));
    }

    @Test
    void cutsAreComparedAsFloat32() throws Exception {
        // Cut "0.1" is stored as the float 0.1f; the input 0.1f equals it, so it is not strictly
        // above it (it would be above the double 0.1): left, -0.5.
        byte[] xml = classifier(
                ROOT_5_34_10,
                "Grad",
                "True",
                1,
                tree(0, "1.0", cut("s", 0, "0.1", 1, leaf("-0.5", "0.5", -99), leaf("0.5", "0.5", -99))));
        assertEquals(-0.46211716532707214f, response(xml, 0.1f, 0f));
    }

    private static byte[] oneCut(String release, String cutValue) {
        return classifier(
                release,
                "Grad",
                "True",
                1,
                tree(0, "1.0", cut("s", 0, cutValue, 1, leaf("-0.5", "0.5", -99), leaf("0.5", "0.5", -99))));
    }

    @Test
    void signedZerosAreEqualAndInfinityIsNotAboveItself() throws Exception {
        float left = -0.46211716532707214f;
        float right = 0.46211716532707214f;
        // x > 0: -0 is not above 0, the smallest positive float is.
        assertEquals(left, response(oneCut(ROOT_5_34_10, "0"), -0.0f, 0f));
        assertEquals(right, response(oneCut(ROOT_5_34_10, "0"), Float.MIN_VALUE, 0f));
        // x >= -0: +0 and -0 both are, the largest negative float is not.
        assertEquals(right, response(oneCut(ROOT_6_04, "-0"), 0.0f, 0f));
        assertEquals(right, response(oneCut(ROOT_6_04, "-0"), -0.0f, 0f));
        assertEquals(left, response(oneCut(ROOT_6_04, "-0"), -Float.MIN_VALUE, 0f));
        // x > +inf holds for nothing; x >= +inf for +inf.
        assertEquals(left, response(oneCut(ROOT_5_34_10, "Infinity"), Float.POSITIVE_INFINITY, 0f));
        assertEquals(right, response(oneCut(ROOT_6_04, "Infinity"), Float.POSITIVE_INFINITY, 0f));
    }

    @Test
    void adaBoostWithYesNoLeavesIsTheBoostWeightedMeanOfNodeTypes() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "AdaBoost", "True", 0, adaTrees("0.75", "0.25"));
        // tree 0: signal (+1) with weight 0.75; tree 1: background (-1) with weight 0.25.
        assertEquals(0.5f, response(xml, 0.6f, 0.4f));
    }

    @Test
    void adaBoostWithoutYesNoLeavesAveragesPurities() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "AdaBoost", "False", 0, adaTrees("0.75", "0.25"));
        // 0.75 * 0.75 + 0.25 * 0.25 = 0.625
        assertEquals(0.625f, response(xml, 0.6f, 0.4f));
    }

    @Test
    void realAdaBoostAlwaysUsesPurity() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "RealAdaBoost", "True", 0, adaTrees("0.75", "0.25"));
        assertEquals(0.625f, response(xml, 0.6f, 0.4f));
    }

    @Test
    void baggingAveragesWithItsUnitBoostWeights() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "Bagging", "True", 0, adaTrees("1", "1"));
        assertEquals(0.0f, response(xml, 0.6f, 0.4f));
        assertEquals(1.0f, response(xml, 0.6f, 0.6f));
        assertEquals(-1.0f, response(xml, 0.4f, 0.4f));
    }

    @Test
    void anyNanInputGivesTheReaderResponseMinus999() throws Exception {
        byte[] xml = classifier(ROOT_6_04, "Grad", "True", 1, GRAD_TREES);
        assertEquals(-999f, response(xml, 1.0f, Float.NaN));
    }

    @Test
    void settingsRecordEveryEvaluationChoice() throws Exception {
        try (ModelRunner runner = TmvaBdtRunner.load(classifier(ROOT_6_04, "Grad", "True", 1, GRAD_TREES), "t.xml")) {
            Map<String, String> s = runner.settings().settings();
            assertEquals(TmvaBdtRunner.RUNTIME, runner.settings().runtime());
            assertEquals("Grad", s.get("boost_type"));
            assertEquals("2", s.get("trees"));
            assertTrue(s.get("split").startsWith("x >= Cut") && s.get("split").contains("6.04/14"), s.get("split"));
            assertTrue(s.get("leaf_value").startsWith("res"), s.get("leaf_value"));
            assertTrue(s.get("response").contains("StrictMath.exp"), s.get("response"));
            assertTrue(s.get("float_rounding").contains("float32"), s.get("float_rounding"));
            assertEquals(
                    "an event with any NaN input gets response -999 (TMVA Reader::EvaluateMVA)", s.get("nan_input"));
        }
        try (ModelRunner runner =
                TmvaBdtRunner.load(classifier(ROOT_5_34_10, "AdaBoost", "False", 0, adaTrees("1", "1")), "t.xml")) {
            Map<String, String> s = runner.settings().settings();
            assertTrue(s.get("split").startsWith("x > Cut"), s.get("split"));
            assertTrue(s.get("leaf_value").startsWith("purity"), s.get("leaf_value"));
            assertTrue(s.get("response").startsWith("sum(boostWeight*leaf)"), s.get("response"));
        }
    }

    static float response(byte[] xml, float x0, float x1) throws ModelExecutionException {
        ByteBuffer in = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(x0)
                .putFloat(x1);
        try (ModelRunner runner = TmvaBdtRunner.load(xml, "test.weights.xml")) {
            Tensor out = runner.run(Map.of("variables", new Tensor(ElementType.FLOAT32, new long[] {1, 2}, in.array())))
                    .get("response");
            assertEquals("float32[1, 1]", out.describe());
            return (float) out.doubleAt(0);
        }
    }
}
