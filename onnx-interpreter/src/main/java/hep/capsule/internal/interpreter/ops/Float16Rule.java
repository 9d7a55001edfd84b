package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.List;

/**
 * The witness's one rule for float16: an operator given float16 operands computes in float32 on them (widened, which is
 * exact) by its float32 rules, and each element of each float32 result is rounded to the nearest float16, ties to even
 * ({@link hep.capsule.internal.tensor.Float16}). So every float16 tensor between nodes holds float16 values, and a
 * float16 result is the witness's float32 result rounded once more. Cast converts float16 itself
 * ({@link Operator#computesFloat16}).
 */
public final class Float16Rule {
    private Float16Rule() {}

    /** Runs {@code operator} on {@code inputs} under the float16 rule. */
    public static List<NdArray> apply(Operator operator, List<NdArray> inputs) {
        if (operator.computesFloat16() || inputs.stream().noneMatch(Float16Rule::isFloat16)) {
            return operator.apply(inputs);
        }
        List<NdArray> widened = new ArrayList<>(inputs.size());
        for (NdArray input : inputs) {
            widened.add(isFloat16(input) ? input.asFloat32() : input);
        }
        List<NdArray> outputs = new ArrayList<>(operator.apply(widened));
        outputs.replaceAll(o -> o != null && o.type() == ElementType.FLOAT32 ? o.roundedToFloat16() : o);
        return outputs;
    }

    private static boolean isFloat16(NdArray array) {
        return array != null && array.type() == ElementType.FLOAT16;
    }
}
