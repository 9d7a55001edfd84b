package hep.capsule.internal.runner;

import hep.capsule.internal.runner.lwtnn.LwtnnRunner;
import hep.capsule.internal.runner.tmva.NanInputResponse;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.schema.ModelFormat;

/**
 * Writes the ONNX twin of a model: the same inputs and outputs, for a reader with nothing but an ONNX runtime, while
 * the original stays the reference the twin is checked against.
 */
public final class OnnxTwins {
    private OnnxTwins() {}

    /**
     * @throws UnsupportedModelException when Capsule writes no ONNX twin for the format
     * @throws ModelExecutionException when the model cannot be read
     */
    public static byte[] of(ModelFormat format, byte[] model, String label) throws ModelExecutionException {
        return of(format, model, label, NanInputResponse.TMVA_READER);
    }

    /**
     * @param nanInput for a TMVA BDT, the response of an event with a NaN input (the capsule's {@code nan_response}, or
     *     TMVA's -999); ignored for other formats
     */
    public static byte[] of(ModelFormat format, byte[] model, String label, NanInputResponse nanInput)
            throws ModelExecutionException {
        return switch (format) {
            case TMVA_XML -> {
                try (TmvaBdtRunner bdt = TmvaBdtRunner.load(model, label, nanInput)) {
                    yield bdt.onnxTwin();
                }
            }
            case ONNX ->
                throw new UnsupportedModelException(label + ": the model is ONNX already; it needs no ONNX twin");
            case LWTNN_JSON -> {
                try (LwtnnRunner network = LwtnnRunner.load(model, label)) {
                    yield network.onnxTwin();
                }
            }
        };
    }
}
