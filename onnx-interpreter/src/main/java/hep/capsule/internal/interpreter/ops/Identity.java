package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import java.util.List;

/** Identity: the input itself (arrays are never written once made, so no copy is needed). */
final class Identity implements Operator {

    static OperatorFactory factory() {
        return attributes -> new Identity();
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        return List.of(Inputs.required(inputs, 0, "input"));
    }
}
