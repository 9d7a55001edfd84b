package hep.capsule.runner;

import hep.capsule.runner.lwtnn.LwtnnRunner;
import hep.capsule.runner.tmva.NanInputResponse;
import hep.capsule.runner.tmva.TmvaBdtRunner;
import hep.capsule.schema.ModelFormat;
import hep.capsule.schema.ModelSpec;
import java.util.Set;

/** Opens the runner that executes a model of a given format. */
public final class ModelRunners {
    private ModelRunners() {
    }

    /** Opens a model as a capsule declares it: with the NaN response a TMVA BDT's entry may declare. */
    public static ModelRunner open(ModelSpec spec, byte[] model, String label) throws ModelExecutionException {
        if (spec.format() == ModelFormat.TMVA_XML && spec.nanResponse().isPresent()) {
            return TmvaBdtRunner.load(model, label, NanInputResponse.declared(spec.nanResponse().getAsDouble()));
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

    /** {@link #batchSize(ModelSignature, Set, int)} for a model whose every input is per event. */
    public static int batchSize(ModelSignature signature, int requested) {
        return batchSize(signature, signature.inputs().stream().map(TensorSpec::name)
                .collect(java.util.stream.Collectors.toSet()), requested);
    }

    /**
     * The events per execution: the model's own fixed event axis where it has one (a model
     * exported for batches of exactly 1 must get batches of 1), otherwise the requested size.
     *
     * @param perEvent the names of the inputs whose first axis counts events
     */
    public static int batchSize(ModelSignature signature, Set<String> perEvent, int requested) {
        for (TensorSpec input : signature.inputs()) {
            if (perEvent.contains(input.name()) && !input.shape().isEmpty() && input.shape().get(0) != null) {
                return Math.toIntExact(input.shape().get(0));
            }
        }
        return requested;
    }
}
