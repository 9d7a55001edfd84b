package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.BatchedRun;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;

/**
 * Events per second of the interpreter and of onnxruntime (one thread, Capsule's pinned settings) on the corpus models,
 * and their ratio. Not a test; run with {@code mvn -q -pl onnx-interpreter -am test-compile} and then {@code java -cp
 * <test class path> hep.capsule.internal.interpreter.Benchmark}.
 */
public final class Benchmark {
    private static final int EVENTS = 200_000;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        for (String name : new String[] {TestData.HH, TestData.SUSY}) {
            try (ModelRunner java = JavaOnnxRunner.load(TestData.model(name), name);
                    ModelRunner ort = OnnxRuntimeRunner.load(TestData.model(name), name)) {
                int batch = BatchedRun.batchSize(java.signature(), 1000);
                int events = batch == 1 ? EVENTS / 10 : EVENTS;
                double javaRate = rate(java, events, batch);
                double ortRate = rate(ort, events, batch);
                System.out.printf(
                        "%s (batch %d): interpreter %.0f events/s, onnxruntime %.0f events/s, ratio %.2f%n",
                        name, batch, javaRate, ortRate, javaRate / ortRate);
            }
        }
    }

    /** The best of three timed passes after one warm-up pass. */
    private static double rate(ModelRunner runner, int events, int batch) throws Exception {
        TestData.score(runner, events, batch);
        double best = 0;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            TestData.score(runner, events, batch);
            best = Math.max(best, events / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }
}
