package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/**
 * Softmax. Before opset 13 the input is seen as 2-D, {@code [d0*...*d(axis-1), d(axis)*...]}, and each row is
 * normalised (axis default 1); from 13 each line along {@code axis} (default -1).
 *
 * <p>Evaluation rule, in the input's type: {@code m} = the maximum of the line; {@code e_k = round(exp(round(x_k -
 * m)))} with {@link StrictMath#exp}; {@code s} = the {@code e_k} added in order from 0, each sum rounded; {@code y_k =
 * round(e_k / s)}.
 */
final class Softmax implements Operator {
    private final long axis;
    private final boolean wholeTail;

    private Softmax(long axis, boolean wholeTail) {
        this.axis = axis;
        this.wholeTail = wholeTail;
    }

    /** Opset 1 and 11: normalise over all axes from {@code axis} on. */
    static OperatorFactory coercedTo2d() {
        return attributes -> new Softmax(attributes.getInt("axis", 1), true);
    }

    /** Opset 13 on: normalise along one axis. */
    static OperatorFactory alongAxis() {
        return attributes -> new Softmax(attributes.getInt("axis", -1), false);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "input");
        Inputs.requireFloating(x, "the input");
        int[] shape = x.shape();
        int a = Shapes.axis(axis, shape.length);
        int outer = Shapes.product(shape, 0, a);
        int length = wholeTail ? Shapes.product(shape, a, shape.length) : shape[a];
        int inner = wholeTail ? 1 : Shapes.product(shape, a + 1, shape.length);
        NdArray out = NdArray.allocate(x.type(), shape);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                normalise(x, out, o * length * inner + i, length, inner);
            }
        }
        return List.of(out);
    }

    private static void normalise(NdArray x, NdArray out, int first, int length, int stride) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < length; k++) {
            max = Math.max(max, x.getDouble(first + k * stride));
        }
        double sum = 0;
        for (int k = 0; k < length; k++) {
            int at = first + k * stride;
            double e = Elementwise.round(x.type(), StrictMath.exp(Elementwise.round(x.type(), x.getDouble(at) - max)));
            out.setDouble(at, e);
            sum = Elementwise.round(x.type(), sum + e);
        }
        for (int k = 0; k < length; k++) {
            int at = first + k * stride;
            out.setDouble(at, out.getDouble(at) / sum);
        }
    }
}
