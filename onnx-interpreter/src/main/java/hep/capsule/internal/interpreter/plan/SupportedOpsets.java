package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.ops.OperatorRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * The operator set versions the interpreter accepts, per domain: {@code ai.onnx} 7 to 26 and {@code ai.onnx.ml} 1 to 5,
 * the newest that onnxruntime 1.28 accepts (it refuses ai.onnx 27 and ai.onnx.ml 6 as "under development"). Above these
 * a model may rely on semantics written after the interpreter, so it is refused rather than guessed at.
 */
public record SupportedOpsets(long min, long max) {

    public static final Map<String, SupportedOpsets> BY_DOMAIN = Map.of(
            OperatorRegistry.DEFAULT_DOMAIN, new SupportedOpsets(7, 26),
            OperatorRegistry.ML_DOMAIN, new SupportedOpsets(1, 5));

    public static Optional<SupportedOpsets> of(String domain) {
        return Optional.ofNullable(BY_DOMAIN.get(domain));
    }

    public boolean contains(long version) {
        return version >= min && version <= max;
    }

    @Override
    public String toString() {
        return min + " to " + max;
    }
}
