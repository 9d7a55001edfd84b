package hep.capsule.internal.interpreter;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.schema.ModelFormat;
import java.util.Optional;

/**
 * The portable witness of a model format: a pure-Java runner whose outputs are the same bits on every JVM and CPU, run
 * beside the format's main runtime. ONNX models get this interpreter; TMVA BDTs and lwtnn networks need none, their
 * evaluators being pure Java with StrictMath themselves.
 */
public final class PortableWitness {
    private PortableWitness() {}

    /** @return the witness runner, or empty when the format has none (its main runner is then pure Java itself) */
    public static Optional<ModelRunner> open(ModelFormat format, byte[] model, String label, ModelMemoryBudget budget)
            throws ModelExecutionException {
        return switch (format) {
            case ONNX -> Optional.of(JavaOnnxRunner.load(model, label, budget));
            case TMVA_XML, LWTNN_JSON -> Optional.empty();
        };
    }

    /**
     * Why the witness cannot run a model of a format that has one (an operator, opset or type it does not support), or
     * empty when it can or the format has no witness.
     */
    public static Optional<String> refusal(ModelFormat format, byte[] model, String label) {
        try {
            open(format, model, label, ModelMemoryBudget.DEFAULT).ifPresent(ModelRunner::close);
            return Optional.empty();
        } catch (ModelExecutionException e) {
            return Optional.of(e.getMessage());
        }
    }

    public static boolean exists(ModelFormat format) {
        return format == ModelFormat.ONNX;
    }
}
