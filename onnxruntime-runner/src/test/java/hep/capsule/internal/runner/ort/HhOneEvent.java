package hep.capsule.internal.runner.ort;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.tensor.Tensor;
import java.util.Map;

/** Scores one fixed event with the HH model and prints the score's bits; run in a child JVM. */
public final class HhOneEvent {

    private HhOneEvent() {}

    public static void main(String[] args) throws Exception {
        try (OnnxRuntimeRunner runner = TestModels.load(TestModels.HH)) {
            System.out.println(describe(score(runner)));
        }
    }

    static float score(ModelRunner runner) throws ModelExecutionException {
        Tensor output = runner.run(Map.of("input", TestModels.events(1, 10))).get("dense_3");
        return TestModels.floats(output)[0];
    }

    static String describe(float score) {
        return "dense_3 " + Integer.toHexString(Float.floatToRawIntBits(score)) + " " + score;
    }
}
