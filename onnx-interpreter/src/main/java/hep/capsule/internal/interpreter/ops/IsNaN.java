package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/** IsNaN (opset 9 on): true where a float32 or float64 element is NaN, as bool of the same shape. */
final class IsNaN implements Operator {

    static OperatorFactory factory() {
        return attributes -> new IsNaN();
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        if (!x.type().isFloatingPoint()) {
            throw new InvalidOperandException("IsNaN needs a float32 or float64 input, not " + x.describe());
        }
        NdArray out = NdArray.allocate(ElementType.BOOL, x.shape());
        for (int i = 0; i < x.size(); i++) {
            out.bools()[i] = Double.isNaN(x.getDouble(i));
        }
        return List.of(out);
    }
}
