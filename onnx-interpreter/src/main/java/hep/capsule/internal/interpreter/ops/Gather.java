package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.List;

/**
 * Gather (opset 1 on, negative indices from 11): picks entries of {@code data} along {@code axis} (default 0); the
 * output shape is {@code data[:axis] + indices.shape + data[axis+1:]}.
 */
final class Gather implements Operator {
    private final long axis;

    private Gather(long axis) {
        this.axis = axis;
    }

    static OperatorFactory factory() {
        return attributes -> new Gather(attributes.getInt("axis", 0));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray data = Inputs.required(inputs, 0, "data");
        NdArray indices = Inputs.required(inputs, 1, "indices");
        long[] picked = Inputs.integers(indices, "the indices");
        int a = Shapes.axis(axis, data.rank());
        int[] dataShape = data.shape();
        int dim = dataShape[a];
        int outer = Shapes.product(dataShape, 0, a);
        int inner = Shapes.product(dataShape, a + 1, dataShape.length);
        int[] shape = new int[data.rank() - 1 + indices.rank()];
        System.arraycopy(dataShape, 0, shape, 0, a);
        System.arraycopy(indices.shape(), 0, shape, a, indices.rank());
        System.arraycopy(dataShape, a + 1, shape, a + indices.rank(), dataShape.length - a - 1);
        int[] source = new int[outer * picked.length * inner];
        int o = 0;
        for (int before = 0; before < outer; before++) {
            for (long index : picked) {
                if (index < -dim || index >= dim) {
                    throw new InvalidOperandException(
                            "index " + index + " is out of range for axis " + axis + " of " + data.describe());
                }
                int base = (before * dim + (int) (index < 0 ? index + dim : index)) * inner;
                for (int after = 0; after < inner; after++) {
                    source[o++] = base + after;
                }
            }
        }
        return List.of(data.select(shape, source));
    }
}
