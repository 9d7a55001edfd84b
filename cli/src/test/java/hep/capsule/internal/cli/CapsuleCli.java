package hep.capsule.internal.cli;

import hep.capsule.internal.interpreter.JavaOnnxRunner;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.tensor.Tensor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** For tests that take models through the commands as a user does: runs them, and measures outputs. */
final class CapsuleCli {
    private CapsuleCli() {}

    record Outcome(int code, String err) {}

    /** Runs a {@code capsule} command in this process; its standard error is kept. */
    static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Outcome(code, err.toString());
    }

    /** The portable witness's outputs, or empty when it refuses the model. */
    static Optional<Map<String, Tensor>> witness(byte[] model, String name, Map<String, Tensor> feeds)
            throws ModelExecutionException {
        JavaOnnxRunner runner;
        try {
            runner = JavaOnnxRunner.load(model, name);
        } catch (ModelExecutionException e) {
            return Optional.empty();
        }
        return Optional.of(runner.run(feeds));
    }

    /**
     * The first element where {@code actual} is not numpy-close to {@code expected} (|a - e| <= atol + rtol |e|, NaN
     * where NaN is expected), or a differing type or shape; {@code null} when all are close.
     */
    static String farFrom(List<Tensor> expected, List<Tensor> actual, double rtol, double atol) {
        for (int t = 0; t < expected.size(); t++) {
            Tensor e = expected.get(t);
            Tensor a = actual.get(t);
            if (!e.describe().equals(a.describe())) {
                return "output " + t + " is " + a.describe() + ", expected " + e.describe();
            }
            for (int i = 0; i < e.elementCount(); i++) {
                double x = e.doubleAt(i);
                double y = a.doubleAt(i);
                boolean close =
                        Double.isNaN(x) ? Double.isNaN(y) : x == y || Math.abs(y - x) <= atol + rtol * Math.abs(x);
                if (!close) {
                    return "output " + t + " element " + i + " is " + y + ", expected " + x;
                }
            }
        }
        return null;
    }
}
