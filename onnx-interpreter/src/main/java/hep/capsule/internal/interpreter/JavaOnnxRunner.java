package hep.capsule.internal.interpreter;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.OnnxFormatException;
import hep.capsule.internal.interpreter.model.OnnxModel;
import hep.capsule.internal.interpreter.model.OnnxReader;
import hep.capsule.internal.interpreter.model.ValueInfo;
import hep.capsule.internal.interpreter.plan.Executor;
import hep.capsule.internal.interpreter.plan.Plan;
import hep.capsule.internal.interpreter.plan.Planner;
import hep.capsule.internal.runner.InputCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.RuntimeSettings;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an ONNX model with the pure-Java interpreter: the same output bits on every JVM (17 and later) and every CPU,
 * for any batch size and any number of threads, because every operation follows the fixed rules of
 * {@link InterpreterSettings}. Holds no native resources; one instance may serve several threads.
 */
public final class JavaOnnxRunner implements ModelRunner {
    private final Plan plan;
    private final String modelLabel;
    private final ModelSignature signature;
    private final ModelMemoryBudget budget;

    private JavaOnnxRunner(Plan plan, String modelLabel, ModelMemoryBudget budget) {
        this.plan = plan;
        this.modelLabel = modelLabel;
        this.budget = budget;
        this.signature = new ModelSignature(specs(plan.inputs()), specs(plan.outputs()));
    }

    /**
     * Reads and plans a model; every operator is resolved and checked before this returns.
     *
     * @param modelBytes the ONNX file's bytes
     * @param modelLabel how errors name the model, for example its path inside the capsule
     * @throws UnsupportedOperatorException when the model uses an operator or opset the interpreter does not implement
     * @throws ModelExecutionException when the bytes are not a readable ONNX model
     */
    public static JavaOnnxRunner load(byte[] modelBytes, String modelLabel) throws ModelExecutionException {
        return load(modelBytes, modelLabel, ModelMemoryBudget.DEFAULT);
    }

    /**
     * As {@link #load(byte[], String)}, with the memory budget every run is held to.
     *
     * @throws hep.capsule.internal.runner.ModelMemoryExceededException from {@link #run} when a batch would need more
     *     tensor memory than the budget
     */
    public static JavaOnnxRunner load(byte[] modelBytes, String modelLabel, ModelMemoryBudget budget)
            throws ModelExecutionException {
        ExternalTensor.requireNone(modelBytes, modelLabel);
        OnnxModel model;
        try {
            model = OnnxReader.read(modelBytes);
        } catch (OnnxFormatException e) {
            throw new ModelExecutionException(modelLabel + ": " + e.getMessage(), e);
        }
        return new JavaOnnxRunner(Planner.plan(model, modelLabel), modelLabel, budget);
    }

    private static List<TensorSpec> specs(List<ValueInfo> values) {
        return values.stream()
                .map(v -> new TensorSpec(v.name(), v.type(), v.shape()))
                .toList();
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public RuntimeSettings settings() {
        return InterpreterSettings.describe();
    }

    @Override
    public Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelExecutionException {
        InputCheck.check(signature, inputs, modelLabel);
        Map<String, NdArray> feeds = new LinkedHashMap<>();
        inputs.forEach((name, tensor) -> feeds.put(name, NdArray.fromTensor(tensor)));
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, NdArray> output :
                Executor.run(plan, feeds, modelLabel, budget).entrySet()) {
            TensorSpec spec = signature.outputs().stream()
                    .filter(s -> s.name().equals(output.getKey()))
                    .findFirst()
                    .orElseThrow();
            if (output.getValue().type() != spec.type()) {
                throw new ModelExecutionException(modelLabel + ": output '" + spec.name() + "' is declared "
                        + spec.type().descriptorName() + " but the graph computes "
                        + output.getValue().describe());
            }
            outputs.put(output.getKey(), output.getValue().toTensor());
        }
        return outputs;
    }

    /** Nothing to release: the interpreter holds only Java memory. */
    @Override
    public void close() {}
}
