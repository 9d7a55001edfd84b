package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/** Where (opset 9 on): {@code condition ? X : Y} elementwise, the three broadcast together. */
final class Where implements Operator {

    static OperatorFactory factory() {
        return attributes -> new Where();
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray condition = Inputs.required(inputs, 0, "condition");
        NdArray x = Inputs.required(inputs, 1, "X");
        NdArray y = Inputs.required(inputs, 2, "Y");
        if (condition.type() != ElementType.BOOL) {
            throw new InvalidOperandException("the condition must be bool, not " + condition.describe());
        }
        Inputs.requireSameType(x, y);
        // An exact copy either way: floating values pass through double unchanged, integers as longs.
        boolean isFloating = x.type().isFloatingPoint();
        return List.of(Elementwise.broadcast(
                x.type(),
                (out, o, at) -> {
                    NdArray chosen = condition.bools()[at[0]] ? x : y;
                    int index = chosen == x ? at[1] : at[2];
                    if (isFloating) {
                        out.setDouble(o, chosen.getDouble(index));
                    } else {
                        out.setLong(o, chosen.getLong(index));
                    }
                },
                condition,
                x,
                y));
    }
}
