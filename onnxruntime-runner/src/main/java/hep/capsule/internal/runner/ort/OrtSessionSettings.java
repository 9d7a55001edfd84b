package hep.capsule.internal.runner.ort;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.ExecutionMode;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import hep.capsule.internal.runner.RuntimeSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every onnxruntime session option Capsule pins, defined once: each entry both configures the {@link SessionOptions}
 * and names itself in the recorded {@link RuntimeSettings}.
 */
public final class OrtSessionSettings {

    @FunctionalInterface
    private interface Setter<T> {
        void apply(SessionOptions options, T value) throws OrtException;
    }

    private record Pinned<T>(String name, T value, Setter<T> setter) {
        void applyTo(SessionOptions options) throws OrtException {
            setter.apply(options, value);
        }
    }

    private static final List<Pinned<?>> PINNED = List.of(
            // One thread each: a parallel reduction may sum in a different order from run to run.
            new Pinned<>("intra_op_threads", 1, SessionOptions::setIntraOpNumThreads),
            new Pinned<>("inter_op_threads", 1, SessionOptions::setInterOpNumThreads),
            new Pinned<>("execution_mode", ExecutionMode.SEQUENTIAL, SessionOptions::setExecutionMode),
            // BASIC_OPT only folds constants and removes redundant nodes, which is exact; EXTENDED
            // and ALL fuse kernels (Gemm+activation, MatMul+Add, layout changes), so the numbers
            // would come from a graph other than the one exported. NO_OPT would run the exact
            // graph too but keeps dead constant subgraphs alive; BASIC_OPT keeps the arithmetic.
            new Pinned<>("graph_optimization_level", OptLevel.BASIC_OPT, SessionOptions::setOptimizationLevel),
            // Affects GPU kernels only today; pinned so that a capsule records the intent.
            new Pinned<>("deterministic_compute", true, SessionOptions::setDeterministicCompute),
            // Memory patterns and the arena decide where buffers live, never their values; both
            // are off so that memory use does not depend on the batches a session saw before.
            new Pinned<>("memory_pattern", false, SessionOptions::setMemoryPatternOptimization),
            new Pinned<>("cpu_arena", false, SessionOptions::setCPUArenaAllocator),
            // Denormals are kept (no flush to zero), and ARM's bfloat16 "fast math" GEMM stays off:
            // both would change results. These are onnxruntime's defaults, pinned explicitly.
            configEntry("session.set_denormal_as_zero", "0"),
            configEntry("mlas.enable_gemm_fastmath_arm64_bfloat16", "0"),
            new Pinned<>(
                    "session_log_level",
                    OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
                    SessionOptions::setSessionLogLevel));

    /**
     * Settings that change no number, so not recorded, but close ways for a model to reach outside itself: the bytes
     * are always parsed as an ONNX protobuf model, never sniffed as an ORT-format model (whose loader has options of
     * its own). Nothing else that names a file is ever set: no custom-op library, no optimized-model or profiling
     * output file, no execution provider but the CPU's, and none of these settings comes from an archive.
     */
    private static final Map<String, String> GUARDS = Map.of("session.load_model_format", "ONNX");

    /** No execution provider is ever added, so onnxruntime runs everything on its CPU provider. */
    static final String EXECUTION_PROVIDER = "CPUExecutionProvider";

    private OrtSessionSettings() {}

    private static Pinned<String> configEntry(String key, String value) {
        return new Pinned<>(key, value, (options, v) -> options.addConfigEntry(key, v));
    }

    /** New session options with every pinned setting applied; the caller closes them. */
    public static SessionOptions newOptions() throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            for (Pinned<?> pinned : PINNED) {
                pinned.applyTo(options);
            }
            for (Map.Entry<String, String> guard : GUARDS.entrySet()) {
                options.addConfigEntry(guard.getKey(), guard.getValue());
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** The pinned settings by name, as recorded in a capsule. */
    static Map<String, String> describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Pinned<?> pinned : PINNED) {
            settings.put(pinned.name(), String.valueOf(pinned.value()));
        }
        settings.put("execution_providers", EXECUTION_PROVIDER);
        return settings;
    }
}
