package hep.capsule.internal.runner.ort;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.lwtnn.LwtnnRunner;
import hep.capsule.internal.runner.tmva.NanInputResponse;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.ModelSpec;

/**
 * Opens the runner that executes a model of a given format: onnxruntime for ONNX, Capsule's own evaluators for TMVA XML
 * and lwtnn JSON. The portable witness is opened by the interpreter.
 */
public final class ModelRunners {
    private ModelRunners() {}

    /** Opens a model as a capsule declares it: with the NaN response a TMVA BDT's entry may declare. */
    public static ModelRunner open(ModelSpec spec, byte[] model, String label) throws ModelExecutionException {
        if (spec.format() == ModelFormat.TMVA_XML && spec.nanResponse().isPresent()) {
            return TmvaBdtRunner.load(
                    model, label, NanInputResponse.declared(spec.nanResponse().getAsDouble()));
        }
        return open(spec.format(), model, label);
    }

    public static ModelRunner open(ModelFormat format, byte[] model, String label) throws ModelExecutionException {
        return switch (format) {
            case ONNX -> OnnxRuntimeRunner.load(model, label);
            case TMVA_XML -> TmvaBdtRunner.load(model, label);
            case LWTNN_JSON -> LwtnnRunner.load(model, label);
        };
    }
}
