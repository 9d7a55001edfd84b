package hep.capsule.interpreter.ops;

import hep.capsule.interpreter.array.Broadcast;
import hep.capsule.interpreter.array.InvalidOperandException;
import hep.capsule.interpreter.array.NdArray;
import hep.capsule.tensor.ElementType;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Add, Sub, Mul and Div with multidirectional broadcasting (opset 7 on). Floating point: one
 * IEEE operation in the operands' type; integers: Java's wrapping arithmetic, division truncating
 * toward zero.
 */
final class Arithmetic implements Operator {
    private final DoubleBinaryOperator floating;
    private final LongBinaryOperator integral;

    private Arithmetic(DoubleBinaryOperator floating, LongBinaryOperator integral) {
        this.floating = floating;
        this.integral = integral;
    }

    static OperatorFactory add() {
        return attributes -> new Arithmetic(Double::sum, Long::sum);
    }

    static OperatorFactory sub() {
        return attributes -> new Arithmetic((a, b) -> a - b, (a, b) -> a - b);
    }

    static OperatorFactory mul() {
        return attributes -> new Arithmetic((a, b) -> a * b, (a, b) -> a * b);
    }

    static OperatorFactory div() {
        return attributes -> new Arithmetic((a, b) -> a / b, Arithmetic::divide);
    }

    private static long divide(long a, long b) {
        if (b == 0) {
            throw new InvalidOperandException("integer division by zero");
        }
        return a / b;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray a = Inputs.required(inputs, 0, "A");
        NdArray b = Inputs.required(inputs, 1, "B");
        Inputs.requireSameType(a, b);
        if (a.type() == ElementType.FLOAT32) {
            return List.of(float32(a, b));
        }
        boolean isFloating = a.type().isFloatingPoint();
        return List.of(Elementwise.broadcast(a.type(), (out, o, at) -> {
            if (isFloating) {
                out.setDouble(o, floating.applyAsDouble(a.getDouble(at[0]), b.getDouble(at[1])));
            } else {
                out.setLong(o, integral.applyAsLong(a.getLong(at[0]), b.getLong(at[1])));
            }
        }, a, b));
    }

    /** The common case without per-element dispatch on the type. */
    private NdArray float32(NdArray a, NdArray b) {
        Broadcast broadcast = Broadcast.of(a, b);
        NdArray out = NdArray.allocate(ElementType.FLOAT32, broadcast.shape());
        float[] x = a.floats();
        float[] y = b.floats();
        float[] result = out.floats();
        for (int o = 0; o < result.length; o++) {
            result[o] = (float) floating.applyAsDouble(x[broadcast.at(0, o)], y[broadcast.at(1, o)]);
        }
        return out;
    }
}
