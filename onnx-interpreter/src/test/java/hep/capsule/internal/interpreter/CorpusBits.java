package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.BatchedRun;
import hep.capsule.internal.runner.ModelRunner;

/**
 * Prints, per corpus model, a digest of the interpreter's output bits over fixed events; run in a child JVM (possibly
 * another JDK) by {@link CrossJdkTest}.
 */
public final class CorpusBits {
    static final int EVENTS = 300;

    private CorpusBits() {}

    public static void main(String[] args) throws Exception {
        System.out.print(digest());
    }

    static String digest() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {TestData.HH, TestData.SUSY}) {
            try (ModelRunner java = JavaOnnxRunner.load(TestData.model(name), name)) {
                float[] scores = TestData.score(java, EVENTS, BatchedRun.batchSize(java.signature(), 100));
                StringBuilder bits = new StringBuilder();
                for (float s : scores) {
                    bits.append(Integer.toHexString(Float.floatToRawIntBits(s))).append(' ');
                }
                out.append(name)
                        .append(' ')
                        .append(bits.toString().hashCode())
                        .append(' ')
                        .append(bits, 0, Math.min(bits.length(), 60))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
