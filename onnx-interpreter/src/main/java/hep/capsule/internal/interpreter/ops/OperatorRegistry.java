package hep.capsule.internal.interpreter.ops;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every operator the interpreter implements, by domain and name, with the opset version from which each implementation
 * applies: a model importing opset {@code v} gets the entry with the largest version not above {@code v}. A new entry
 * marks a change of semantics (for example Softmax at 13, axes moving from attribute to input at 13 or 18); versions
 * that only added element types share the earlier entry (for example Cast, Constant, Flatten, Identity, Reshape,
 * Squeeze, Transpose and Unsqueeze at ai.onnx 24, which added float8e8m0, and 25, which added int2 and uint2: a model
 * using one of those types is refused, naming it). A {@link Removed} entry marks the version that dropped an operator.
 */
public final class OperatorRegistry {
    /** The default domain, {@code ai.onnx}. */
    public static final String DEFAULT_DOMAIN = "";

    public static final String ML_DOMAIN = "ai.onnx.ml";

    private static final Map<String, Map<String, NavigableMap<Long, OperatorFactory>>> TABLE = table();

    private OperatorRegistry() {}

    private static Map<String, Map<String, NavigableMap<Long, OperatorFactory>>> table() {
        Map<String, NavigableMap<Long, OperatorFactory>> onnx = new TreeMap<>();
        put(onnx, "Add", 7, Arithmetic.add());
        put(onnx, "Sub", 7, Arithmetic.sub());
        put(onnx, "Mul", 7, Arithmetic.mul());
        put(onnx, "Div", 7, Arithmetic.div());
        put(onnx, "Relu", 6, Relu.factory());
        put(onnx, "LeakyRelu", 6, FloatingUnary.leakyRelu());
        put(onnx, "Elu", 6, FloatingUnary.elu());
        put(onnx, "Sigmoid", 6, FloatingUnary.sigmoid());
        put(onnx, "Tanh", 6, FloatingUnary.tanh());
        put(onnx, "Exp", 6, FloatingUnary.exp());
        put(onnx, "Log", 6, FloatingUnary.log());
        put(onnx, "Softmax", 1, Softmax.coercedTo2d());
        put(onnx, "Softmax", 13, Softmax.alongAxis());
        put(onnx, "Gemm", 7, Gemm.factory());
        put(onnx, "MatMul", 1, MatMul.factory());
        put(onnx, "Concat", 4, Concat.factory());
        put(onnx, "Slice", 1, Slice.fromAttributes());
        put(onnx, "Slice", 10, Slice.fromInputs());
        put(onnx, "Reshape", 5, Reshape.factory());
        put(onnx, "Flatten", 1, Flatten.factory());
        put(onnx, "Squeeze", 1, Squeeze.fromAttribute());
        put(onnx, "Squeeze", 13, Squeeze.fromInput());
        put(onnx, "Unsqueeze", 1, Unsqueeze.fromAttribute());
        put(onnx, "Unsqueeze", 13, Unsqueeze.fromInput());
        put(onnx, "Transpose", 1, Transpose.factory());
        put(onnx, "Gather", 1, Gather.factory());
        put(onnx, "Constant", 1, Constant.factory());
        put(onnx, "Identity", 1, Identity.factory());
        put(onnx, "Cast", 6, Cast.factory());
        put(onnx, "Equal", 7, Comparison.equal());
        put(onnx, "Greater", 7, Comparison.greater());
        put(onnx, "Less", 7, Comparison.less());
        put(onnx, "Not", 1, Not.factory());
        put(onnx, "IsNaN", 9, IsNaN.factory());
        put(onnx, "Where", 9, Where.factory());
        put(onnx, "ReduceSum", 1, Reduce.withAttributeAxes(false));
        put(onnx, "ReduceSum", 13, Reduce.withInputAxes(false));
        put(onnx, "ReduceMean", 1, Reduce.withAttributeAxes(true));
        put(onnx, "ReduceMean", 18, Reduce.withInputAxes(true));
        put(onnx, "BatchNormalization", 7, BatchNormalization.factory());
        put(onnx, "Clip", 6, Clip.fromAttributes());
        put(onnx, "Clip", 11, Clip.fromInputs());
        Map<String, NavigableMap<Long, OperatorFactory>> ml = new TreeMap<>();
        put(ml, "TreeEnsembleRegressor", 1, TreeEnsembleRegressor.factory());
        put(ml, "TreeEnsembleClassifier", 1, TreeEnsembleClassifier.factory());
        put(ml, "TreeEnsembleRegressor", 5, Removed.from(ML_DOMAIN, 5, "TreeEnsemble"));
        put(ml, "TreeEnsembleClassifier", 5, Removed.from(ML_DOMAIN, 5, "TreeEnsemble"));
        put(ml, "TreeEnsemble", 5, UnifiedTreeEnsemble.factory());
        return Map.of(DEFAULT_DOMAIN, onnx, ML_DOMAIN, ml);
    }

    private static void put(
            Map<String, NavigableMap<Long, OperatorFactory>> domain,
            String opType,
            long since,
            OperatorFactory factory) {
        domain.computeIfAbsent(opType, k -> new TreeMap<>()).put(since, factory);
    }

    /** The implementation for {@code opType} under the given opset version of its domain, if any. */
    public static Optional<OperatorFactory> find(String domain, String opType, long opset) {
        return Optional.ofNullable(TABLE.getOrDefault(domain, Map.of()).get(opType))
                .map(versions -> versions.floorEntry(opset))
                .map(Map.Entry::getValue);
    }

    /** The operator names of a domain, sorted, for messages. */
    public static TreeSet<String> names(String domain) {
        return new TreeSet<>(TABLE.getOrDefault(domain, Map.of()).keySet());
    }
}
