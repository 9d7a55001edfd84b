package hep.capsule.internal.runner.tmva;

import hep.capsule.internal.runner.InputCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.RuntimeSettings;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.UnsupportedModelException;
import hep.capsule.internal.schema.CapsuleVersion;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a TMVA BDT weight file in pure Java, number for number as TMVA's Reader does (see
 * {@link BdtEvaluationRules}), without ROOT. The model has one input, {@value #INPUT}: float32 {@code [events, NVar]},
 * the values of the file's {@code <Variables>} in their order; and one output, {@value #OUTPUT}: float32
 * {@code [events, 1]}, the classifier response.
 */
public final class TmvaBdtRunner implements ModelRunner {

    public static final String INPUT = "variables";
    public static final String OUTPUT = "response";
    public static final String RUNTIME = "capsule-tmva-bdt";

    private final String modelLabel;
    private final TmvaWeightFile.Bdt bdt;
    private final ModelSignature signature;
    private final RuntimeSettings settings;
    private final NanInputResponse nanInput;

    private TmvaBdtRunner(String modelLabel, TmvaWeightFile.Bdt bdt, NanInputResponse nanInput) {
        this.modelLabel = modelLabel;
        this.bdt = bdt;
        this.nanInput = nanInput;
        long variables = bdt.variables().size();
        this.signature = new ModelSignature(
                List.of(new TensorSpec(INPUT, ElementType.FLOAT32, Arrays.asList(null, variables))),
                List.of(new TensorSpec(OUTPUT, ElementType.FLOAT32, Arrays.asList(null, 1L))));
        Map<String, String> rules = new LinkedHashMap<>(bdt.rules().settings());
        rules.put("nan_input", nanInput.setting());
        this.settings = new RuntimeSettings(RUNTIME, CapsuleVersion.current(), rules);
    }

    /**
     * @param xml the weight file's bytes
     * @param modelLabel how errors name the model, for example its path inside the capsule
     * @throws UnsupportedModelException when the file uses something Capsule cannot evaluate faithfully
     * @throws ModelExecutionException when the file is not a readable TMVA BDT weight file
     */
    public static TmvaBdtRunner load(byte[] xml, String modelLabel) throws ModelExecutionException {
        return load(xml, modelLabel, NanInputResponse.TMVA_READER);
    }

    /** As {@link #load(byte[], String)}, with the response an event with a NaN input gets. */
    public static TmvaBdtRunner load(byte[] xml, String modelLabel, NanInputResponse nanInput)
            throws ModelExecutionException {
        return new TmvaBdtRunner(modelLabel, TmvaWeightFile.read(xml, modelLabel), nanInput);
    }

    /** The variable expressions of the weight file, in input order. */
    public List<String> variables() {
        return bdt.variables();
    }

    /** What the weight file says about each variable, in input order: title, unit, type and training range. */
    public List<String> variableFacts() {
        return bdt.variableFacts();
    }

    /**
     * The ONNX twin of this BDT: the same input and output, evaluated by any ONNX-ML runtime (see {@link BdtOnnxTwin}
     * for how closely it follows this evaluator).
     */
    public byte[] onnxTwin() {
        return BdtOnnxTwin.write(bdt.forest(), nanInput);
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public RuntimeSettings settings() {
        return settings;
    }

    @Override
    public Map<String, Tensor> run(Map<String, Tensor> inputs) throws ModelExecutionException {
        InputCheck.checkPerEvent(signature, inputs, modelLabel);
        Tensor input = inputs.get(INPUT);
        int events = Math.toIntExact(input.rows());
        int width = bdt.forest().variableCount();
        float[] values = new float[events * width];
        input.buffer().asFloatBuffer().get(values);
        ByteBuffer out = ByteBuffer.allocate(events * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        double[] responses = bdt.forest().evaluate(values, events);
        nanInput.apply(values, width, responses);
        for (double response : responses) {
            out.putFloat((float) response);
        }
        return Map.of(OUTPUT, new Tensor(ElementType.FLOAT32, new long[] {events, 1}, out.array()));
    }

    @Override
    public void close() {
        // Nothing to release: the forest lives on the Java heap.
    }
}
