package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Integers;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/**
 * Equal, Greater and Less (opset 7 on) with broadcasting, as bool: floating operands compare as IEEE values (NaN is
 * unequal to everything), integers and bools as integers (uint64 unsigned).
 */
final class Comparison implements Operator {

    @FunctionalInterface
    private interface Test {
        boolean holds(int order, boolean unordered);
    }

    private final Test test;
    private final Set<ElementType> types;

    private Comparison(Test test, Set<ElementType> types) {
        this.test = test;
        this.types = types;
    }

    static OperatorFactory equal() {
        return attributes -> new Comparison((order, unordered) -> !unordered && order == 0, ElementTypes.ALL);
    }

    static OperatorFactory greater() {
        return attributes -> new Comparison((order, unordered) -> !unordered && order > 0, ElementTypes.NUMERIC);
    }

    static OperatorFactory less() {
        return attributes -> new Comparison((order, unordered) -> !unordered && order < 0, ElementTypes.NUMERIC);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return types;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray a = Inputs.required(inputs, 0, "A");
        NdArray b = Inputs.required(inputs, 1, "B");
        Inputs.requireSameType(a, b);
        boolean isFloating = a.type().isFloatingPoint();
        return List.of(Elementwise.broadcast(
                ElementType.BOOL,
                (out, o, at) -> {
                    if (isFloating) {
                        double x = a.getDouble(at[0]);
                        double y = b.getDouble(at[1]);
                        out.setBool(o, test.holds(x < y ? -1 : x > y ? 1 : 0, Double.isNaN(x) || Double.isNaN(y)));
                    } else {
                        out.setBool(
                                o, test.holds(Integers.compare(a.type(), a.getLong(at[0]), b.getLong(at[1])), false));
                    }
                },
                a,
                b));
    }
}
