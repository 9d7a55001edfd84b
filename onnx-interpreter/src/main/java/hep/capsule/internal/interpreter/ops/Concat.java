package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.List;
import java.util.Objects;

/** Concat (opset 4 on, negative axis from 11): joins tensors of one type along {@code axis}. */
final class Concat implements Operator {
    private final long axis;

    private Concat(long axis) {
        this.axis = axis;
    }

    static OperatorFactory factory() {
        return attributes -> new Concat(attributes.requireInt("axis"));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        List<NdArray> parts = inputs.stream().filter(Objects::nonNull).toList();
        NdArray first = parts.get(0);
        int a = Shapes.axis(axis, first.rank());
        int[] shape = first.shape();
        shape[a] = 0;
        for (NdArray part : parts) {
            Inputs.requireSameType(first, part);
            for (int d = 0; d < first.rank(); d++) {
                if (part.rank() != first.rank() || (d != a && part.dim(d) != first.dim(d))) {
                    throw new InvalidOperandException("cannot concatenate " + first.describe() + " and "
                            + part.describe() + " along axis " + axis);
                }
            }
            shape[a] += part.dim(a);
        }
        NdArray out = NdArray.allocate(first.type(), shape);
        int outer = Shapes.product(shape, 0, a);
        int inner = Shapes.product(shape, a + 1, shape.length);
        int to = 0;
        for (int o = 0; o < outer; o++) {
            for (NdArray part : parts) {
                int block = part.dim(a) * inner;
                out.copyFrom(part, o * block, to, block);
                to += block;
            }
        }
        return List.of(out);
    }
}
