package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/**
 * Relu: {@code x > 0 ? x : 0} (so -0 and NaN give +0) on floating types; on the signed integer types (defined from
 * opset 14) {@code max(x, 0)}. ONNX defines it for no unsigned type.
 */
final class Relu implements Operator {
    static OperatorFactory factory() {
        return attributes -> new Relu();
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING_AND_SIGNED;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        if (x.type().isFloatingPoint()) {
            return List.of(Elementwise.map(x, v -> v > 0 ? v : 0));
        }
        Inputs.requireType(x, dataTypes(), "Relu");
        NdArray out = NdArray.allocate(x.type(), x.shape());
        for (int i = 0; i < x.size(); i++) {
            out.setLong(i, Math.max(x.getLong(i), 0));
        }
        return List.of(out);
    }
}
