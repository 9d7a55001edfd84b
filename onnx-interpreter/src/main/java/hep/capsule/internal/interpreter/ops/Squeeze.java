package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Squeeze: removes the listed axes of size 1, or every axis of size 1 when none are listed. */
final class Squeeze implements Operator {
    private final Axes axes;

    private Squeeze(Axes axes) {
        this.axes = axes;
    }

    /** Opset 1 and 11: axes attribute. */
    static OperatorFactory fromAttribute() {
        return attributes -> new Squeeze(Axes.fromAttribute(attributes));
    }

    /** Opset 13 on: axes input. */
    static OperatorFactory fromInput() {
        return attributes -> new Squeeze(Axes.fromInput());
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "data");
        Optional<long[]> listed = axes.of(inputs);
        boolean[] drop = new boolean[x.rank()];
        for (int d = 0; d < x.rank(); d++) {
            drop[d] = listed.isEmpty() && x.dim(d) == 1;
        }
        for (long axis : listed.orElse(new long[0])) {
            int d = Shapes.axis(axis, x.rank());
            if (x.dim(d) != 1) {
                throw new InvalidOperandException(
                        "cannot squeeze axis " + axis + " of " + x.describe() + ": its size is not 1");
            }
            drop[d] = true;
        }
        int[] shape = new int[x.rank()];
        int rank = 0;
        for (int d = 0; d < x.rank(); d++) {
            if (!drop[d]) {
                shape[rank++] = x.dim(d);
            }
        }
        return List.of(x.reshape(Arrays.copyOf(shape, rank)));
    }
}
