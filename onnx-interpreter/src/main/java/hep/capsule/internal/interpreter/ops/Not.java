package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/** Not (opset 1 on): logical negation of a bool tensor. */
final class Not implements Operator {

    static OperatorFactory factory() {
        return attributes -> new Not();
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.BOOL;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        if (x.type() != ElementType.BOOL) {
            throw new InvalidOperandException("Not needs a bool input, not " + x.describe());
        }
        NdArray out = NdArray.allocate(ElementType.BOOL, x.shape());
        for (int i = 0; i < x.size(); i++) {
            out.bools()[i] = !x.bools()[i];
        }
        return List.of(out);
    }
}
