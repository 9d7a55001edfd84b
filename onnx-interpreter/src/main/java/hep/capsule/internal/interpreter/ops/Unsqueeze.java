package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.List;

/** Unsqueeze: inserts axes of size 1 at the listed positions of the output (negative from opset 11). */
final class Unsqueeze implements Operator {
    private final Axes axes;

    private Unsqueeze(Axes axes) {
        this.axes = axes;
    }

    /** Opset 1 and 11: axes attribute. */
    static OperatorFactory fromAttribute() {
        return attributes -> new Unsqueeze(Axes.fromAttribute(attributes));
    }

    /** Opset 13 on: axes input. */
    static OperatorFactory fromInput() {
        return attributes -> new Unsqueeze(Axes.fromInput());
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "data");
        long[] listed = axes.of(inputs).orElseThrow(() -> new InvalidOperandException("Unsqueeze needs axes"));
        int rank = x.rank() + listed.length;
        boolean[] inserted = new boolean[rank];
        for (long axis : listed) {
            int d = Shapes.axis(axis, rank);
            if (inserted[d]) {
                throw new InvalidOperandException("axis " + axis + " is listed twice");
            }
            inserted[d] = true;
        }
        int[] shape = new int[rank];
        int next = 0;
        for (int d = 0; d < rank; d++) {
            shape[d] = inserted[d] ? 1 : x.dim(next++);
        }
        return List.of(x.reshape(shape));
    }
}
