package hep.capsule.internal.runner.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import hep.capsule.internal.runner.InputCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.RuntimeSettings;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.onnx.ExternalTensor;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs an ONNX model with onnxruntime on the CPU, with every setting that can change the numbers pinned (see
 * {@link OrtSessionSettings}) and recorded in {@link #settings()}. The model is read from memory, nothing is written to
 * disk and nothing touches the network; a model that keeps data in external files is refused before onnxruntime sees
 * it, so no file is ever read either.
 */
public final class OnnxRuntimeRunner implements ModelRunner {

    /** onnxruntime's environment is shared by the whole JVM; this names it in its log lines. */
    private static final String ENVIRONMENT_NAME = "capsule";

    private final OrtEnvironment env;
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final String modelLabel;
    private final ModelSignature signature;
    private final RuntimeSettings settings;
    /** One native buffer per input, reused from batch to batch. */
    private final Map<String, ByteBuffer> inputBuffers = new HashMap<>();

    private OnnxRuntimeRunner(
            OrtEnvironment env,
            OrtSession.SessionOptions options,
            OrtSession session,
            String modelLabel,
            ModelSignature signature) {
        this.env = env;
        this.options = options;
        this.session = session;
        this.modelLabel = modelLabel;
        this.signature = signature;
        this.settings = new RuntimeSettings("onnxruntime", env.getVersion(), OrtSessionSettings.describe());
    }

    /**
     * Loads a model.
     *
     * @param modelBytes the ONNX file's bytes
     * @param modelLabel how errors name the model, for example its path inside the capsule
     * @throws ModelExecutionException when onnxruntime cannot load the model or the model has inputs or outputs Capsule
     *     cannot feed or read
     */
    public static OnnxRuntimeRunner load(byte[] modelBytes, String modelLabel) throws ModelExecutionException {
        if (!OrtTensors.nativeOrderIsLittleEndian()) {
            throw new ModelExecutionException(modelLabel + ": onnxruntime is only supported on little-endian machines");
        }
        // onnxruntime would read external data from a file it resolves against the current folder.
        ExternalTensor.requireNone(modelBytes, modelLabel);
        OnnxRuntimeLibraries.prepare();
        OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, ENVIRONMENT_NAME);
        OnnxRuntimeLibraries.loaded();
        OrtSession.SessionOptions options = null;
        OrtSession session = null;
        try {
            // Telemetry exists only on Windows builds; switched off so that nothing is ever reported.
            env.setTelemetry(false);
            options = OrtSessionSettings.newOptions();
            session = env.createSession(modelBytes, options);
            return new OnnxRuntimeRunner(env, options, session, modelLabel, OrtSignatures.of(session, modelLabel));
        } catch (OrtException e) {
            closeQuietly(session, options);
            throw new ModelExecutionException(modelLabel + ": onnxruntime cannot load the model: " + e.getMessage(), e);
        } catch (ModelExecutionException | RuntimeException e) {
            closeQuietly(session, options);
            throw e;
        }
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
        InputCheck.check(signature, inputs, modelLabel);
        Map<String, OnnxTensor> feeds = new LinkedHashMap<>();
        try {
            for (TensorSpec spec : signature.inputs()) {
                OrtTensors.Placed placed =
                        OrtTensors.toOnnx(env, inputs.get(spec.name()), inputBuffers.get(spec.name()));
                inputBuffers.put(spec.name(), placed.buffer());
                feeds.put(spec.name(), placed.tensor());
            }
            try (OrtSession.Result result = session.run(feeds)) {
                return outputs(result);
            }
        } catch (OrtException e) {
            throw new ModelExecutionException(
                    modelLabel + ": onnxruntime failed to run the model: " + e.getMessage(), e);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private Map<String, Tensor> outputs(OrtSession.Result result) throws ModelExecutionException {
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        for (TensorSpec spec : signature.outputs()) {
            OnnxValue value = result.get(spec.name())
                    .orElseThrow(() -> new ModelExecutionException(
                            modelLabel + ": onnxruntime returned no output '" + spec.name() + "'"));
            if (!(value instanceof OnnxTensor tensor)) {
                throw new ModelExecutionException(
                        modelLabel + ": output '" + spec.name() + "' is a " + value.getType() + ", not a tensor");
            }
            String what = "output '" + spec.name() + "'";
            outputs.put(
                    spec.name(),
                    OrtTensors.fromOnnx(
                            tensor, OrtSignatures.elementType(tensor.getInfo().onnxType, what, modelLabel)));
        }
        return outputs;
    }

    /** Closes the session and its options; the JVM-wide environment stays open for other runners. */
    @Override
    public void close() {
        closeQuietly(session, options);
    }

    private static void closeQuietly(OrtSession session, OrtSession.SessionOptions options) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (OrtException e) {
            // Closing releases native memory; a failure there leaves nothing for the caller to do.
        } finally {
            if (options != null) {
                options.close();
            }
        }
    }
}
