package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.List;

/** Flatten (opset 1 on, negative axis from 11): to 2-D, {@code [d0*...*d(axis-1), d(axis)*...]}; axis default 1. */
final class Flatten implements Operator {
    private final long axis;

    private Flatten(long axis) {
        this.axis = axis;
    }

    static OperatorFactory factory() {
        return attributes -> new Flatten(attributes.getInt("axis", 1));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "input");
        int[] shape = x.shape();
        int split = axis == shape.length ? shape.length : Shapes.axis(axis, shape.length);
        return List.of(
                x.reshape(new int[] {Shapes.product(shape, 0, split), Shapes.product(shape, split, shape.length)}));
    }
}
