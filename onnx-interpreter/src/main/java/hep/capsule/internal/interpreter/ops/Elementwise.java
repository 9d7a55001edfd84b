package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Broadcast;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.function.DoubleUnaryOperator;

/**
 * The shared loops of elementwise operators. Floating-point results are computed in float64 and rounded once to the
 * output type: for +, -, *, / and sqrt this gives exactly the correctly rounded float32 result (float64 has more than
 * 2*24+2 significand bits), so float32 arithmetic is IEEE 754 float32 arithmetic; transcendental functions use
 * {@link StrictMath}.
 */
final class Elementwise {

    /** Computes output element {@code o} from the operands' flat indices. */
    @FunctionalInterface
    interface Cell {
        void compute(NdArray out, int o, int[] operandIndex);
    }

    private Elementwise() {}

    /** {@code f} applied to every element of a floating-point array, rounded to its type. */
    static NdArray map(NdArray x, DoubleUnaryOperator f) {
        NdArray out = NdArray.allocate(x.type(), x.shape());
        int n = x.size();
        if (x.type() == ElementType.FLOAT32) {
            float[] in = x.floats();
            float[] result = out.floats();
            for (int i = 0; i < n; i++) {
                result[i] = (float) f.applyAsDouble(in[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out.setDouble(i, f.applyAsDouble(x.getDouble(i)));
            }
        }
        return out;
    }

    /** {@code value} rounded to a floating type: to nearest float32, or unchanged for float64. */
    static double round(ElementType type, double value) {
        return type == ElementType.FLOAT32 ? (float) value : value;
    }

    /** Broadcasts the operands and fills an output of type {@code outType} cell by cell, in order. */
    static NdArray broadcast(ElementType outType, Cell cell, NdArray... operands) {
        Broadcast broadcast = Broadcast.of(operands);
        NdArray out = NdArray.allocate(outType, broadcast.shape());
        int n = out.size();
        int[] index = new int[operands.length];
        for (int o = 0; o < n; o++) {
            for (int k = 0; k < index.length; k++) {
                index[k] = broadcast.at(k, o);
            }
            cell.compute(out, o, index);
        }
        return out;
    }
}
