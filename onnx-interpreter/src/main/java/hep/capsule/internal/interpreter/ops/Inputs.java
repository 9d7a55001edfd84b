package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads an operator's inputs: required or optional, and integer lists such as axes or shapes. */
final class Inputs {
    private Inputs() {}

    static NdArray required(List<NdArray> inputs, int index, String name) {
        return optional(inputs, index)
                .orElseThrow(() ->
                        new InvalidOperandException("the required input " + index + " (" + name + ") is missing"));
    }

    static Optional<NdArray> optional(List<NdArray> inputs, int index) {
        return index < inputs.size() ? Optional.ofNullable(inputs.get(index)) : Optional.empty();
    }

    /** The values of an integer tensor (int32 or int64), for example axes, a shape or slice bounds. */
    static long[] integers(NdArray array, String name) {
        if (array.type() != ElementType.INT64 && array.type() != ElementType.INT32) {
            throw new InvalidOperandException(
                    name + " must be int32 or int64, not " + array.type().descriptorName());
        }
        return array.longs().clone();
    }

    static void requireFloating(NdArray array, String name) {
        if (!array.type().isFloatingPoint()) {
            throw new InvalidOperandException(name + " must be float16, float32 or float64, not "
                    + array.type().descriptorName());
        }
    }

    /** Refuses an operand of a type outside {@code types}, the types {@code operator} is defined for. */
    static void requireType(NdArray array, Set<ElementType> types, String operator) {
        if (!types.contains(array.type())) {
            throw new InvalidOperandException(
                    operator + " is defined for " + ElementTypes.names(types) + ", not " + array.describe());
        }
    }

    static void requireSameType(NdArray a, NdArray b) {
        if (a.type() != b.type()) {
            throw new InvalidOperandException(
                    "the operands have different types, " + a.describe() + " and " + b.describe());
        }
    }
}
