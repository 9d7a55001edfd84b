package hep.capsule.internal.runner;

import hep.capsule.internal.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a batch of inputs against a model's signature before it reaches a runtime, so that the error names the input
 * and what was expected instead of a runtime's internal message.
 */
public final class InputCheck {

    private InputCheck() {}

    /**
     * Checks names, element types and shapes. Inputs may differ in their first dimension: an ONNX model may have inputs
     * without an event axis, given whole to every batch.
     */
    public static void check(ModelSignature signature, Map<String, Tensor> inputs, String modelLabel)
            throws ModelExecutionException {
        TreeSet<String> unknown = new TreeSet<>(inputs.keySet());
        signature.inputs().forEach(spec -> unknown.remove(spec.name()));
        if (!unknown.isEmpty()) {
            throw new ModelExecutionException(modelLabel + ": the model has no input(s) " + unknown
                    + "; its inputs are " + names(signature.inputs()));
        }
        for (TensorSpec spec : signature.inputs()) {
            Tensor tensor = inputs.get(spec.name());
            if (tensor == null) {
                throw new ModelExecutionException(modelLabel + ": input '" + spec.name()
                        + "' is missing; the model's inputs are " + names(signature.inputs()));
            }
            checkOne(spec, tensor, modelLabel);
        }
    }

    /** {@link #check}, and every input has the same number of rows: for models whose every input is per event. */
    public static void checkPerEvent(ModelSignature signature, Map<String, Tensor> inputs, String modelLabel)
            throws ModelExecutionException {
        check(signature, inputs, modelLabel);
        Long rows = null;
        for (TensorSpec spec : signature.inputs()) {
            Tensor tensor = inputs.get(spec.name());
            if (rows != null && tensor.rows() != rows) {
                throw new ModelExecutionException(modelLabel + ": input '" + spec.name() + "' has " + tensor.rows()
                        + " rows but the inputs before it have " + rows);
            }
            rows = tensor.rows();
        }
    }

    private static void checkOne(TensorSpec spec, Tensor tensor, String modelLabel) throws ModelExecutionException {
        long[] shape = tensor.shape();
        boolean matches =
                spec.type() == tensor.type() && shape.length == spec.shape().size();
        for (int i = 0; matches && i < shape.length; i++) {
            Long expected = spec.shape().get(i);
            matches = expected == null || expected == shape[i];
        }
        if (!matches) {
            throw new ModelExecutionException(modelLabel + ": input '" + spec.name() + "' expects "
                    + spec.type().descriptorName() + spec.shape().toString().replace("null", "?")
                    + " but was given " + tensor.type().descriptorName() + Arrays.toString(shape));
        }
    }

    private static List<String> names(List<TensorSpec> specs) {
        return specs.stream().map(TensorSpec::name).toList();
    }
}
