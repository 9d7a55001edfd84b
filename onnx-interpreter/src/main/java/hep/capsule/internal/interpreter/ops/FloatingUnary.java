package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The elementwise activations and functions on floating-point tensors. Each is evaluated in float64 with
 * {@link StrictMath} (fdlibm, the same bits on every JVM) and rounded once to the input's type.
 */
final class FloatingUnary implements Operator {
    private final DoubleUnaryOperator function;

    private FloatingUnary(DoubleUnaryOperator function) {
        this.function = function;
    }

    private static OperatorFactory of(DoubleUnaryOperator function) {
        return attributes -> new FloatingUnary(function);
    }

    /** LeakyRelu: {@code x < 0 ? alpha * x : x}, alpha a float32 attribute (default 0.01). */
    static OperatorFactory leakyRelu() {
        return attributes -> {
            double alpha = attributes.getFloat("alpha", 0.01f);
            return new FloatingUnary(x -> x < 0 ? alpha * x : x);
        };
    }

    /** Elu: {@code x < 0 ? alpha * expm1(x) : x}, alpha default 1. */
    static OperatorFactory elu() {
        return attributes -> {
            double alpha = attributes.getFloat("alpha", 1.0f);
            return new FloatingUnary(x -> x < 0 ? alpha * StrictMath.expm1(x) : x);
        };
    }

    /** Sigmoid: {@code 1 / (1 + exp(-x))} in float64. */
    static OperatorFactory sigmoid() {
        return of(x -> 1 / (1 + StrictMath.exp(-x)));
    }

    static OperatorFactory tanh() {
        return of(StrictMath::tanh);
    }

    static OperatorFactory exp() {
        return of(StrictMath::exp);
    }

    static OperatorFactory log() {
        return of(StrictMath::log);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        Inputs.requireFloating(x, "the input");
        return List.of(Elementwise.map(x, function));
    }
}
