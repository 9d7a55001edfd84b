package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.Arrays;
import java.util.List;

/**
 * Reshape (opset 5 on, the shape as an input): a 0 copies the input's dimension (unless {@code allowzero=1}, opset 14
 * on), one -1 is inferred from the element count.
 */
final class Reshape implements Operator {
    private final boolean allowZero;

    private Reshape(boolean allowZero) {
        this.allowZero = allowZero;
    }

    static OperatorFactory factory() {
        return attributes -> new Reshape(attributes.getInt("allowzero", 0) == 1);
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray data = Inputs.required(inputs, 0, "data");
        long[] requested = Inputs.integers(Inputs.required(inputs, 1, "shape"), "the shape");
        int[] shape = new int[requested.length];
        int inferred = -1;
        int known = 1;
        for (int d = 0; d < requested.length; d++) {
            long dim = requested[d];
            if (dim == -1) {
                if (inferred >= 0) {
                    throw new InvalidOperandException(
                            "the shape " + Arrays.toString(requested) + " has more than one -1");
                }
                inferred = d;
                continue;
            }
            if (dim == 0 && !allowZero) {
                if (d >= data.rank()) {
                    throw new InvalidOperandException("the shape " + Arrays.toString(requested) + " copies dimension "
                            + d + " of " + data.describe() + ", which has none");
                }
                dim = data.dim(d);
            }
            shape[d] = Shapes.toInts(new long[] {dim})[0];
            known *= shape[d];
        }
        if (inferred >= 0) {
            if (known == 0 || data.size() % known != 0) {
                throw new InvalidOperandException(
                        "cannot reshape " + data.describe() + " to " + Arrays.toString(requested));
            }
            shape[inferred] = data.size() / known;
        }
        return List.of(data.reshape(shape));
    }
}
