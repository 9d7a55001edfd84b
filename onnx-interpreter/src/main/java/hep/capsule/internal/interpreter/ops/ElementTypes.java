package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.tensor.ElementType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sets of element types operators compute on ({@link Operator#dataTypes()}), as ONNX's type constraints name them.
 */
public final class ElementTypes {
    public static final Set<ElementType> ALL = Collections.unmodifiableSet(EnumSet.allOf(ElementType.class));
    /** Every type but bool: the arithmetic operators', Clip's, Greater's and Less's. */
    public static final Set<ElementType> NUMERIC =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(ElementType.BOOL)));

    public static final Set<ElementType> FLOATING = of(ElementType.FLOAT16, ElementType.FLOAT32, ElementType.FLOAT64);
    /** Relu's, from opset 14. */
    public static final Set<ElementType> FLOATING_AND_SIGNED = of(
            ElementType.FLOAT16,
            ElementType.FLOAT32,
            ElementType.FLOAT64,
            ElementType.INT8,
            ElementType.INT16,
            ElementType.INT32,
            ElementType.INT64);
    /** ReduceSum's, ReduceMean's and MatMul's (float16 by the float16 rule). */
    public static final Set<ElementType> FLOATING_AND_WIDE_INTEGERS = of(
            ElementType.FLOAT16,
            ElementType.FLOAT32,
            ElementType.FLOAT64,
            ElementType.INT32,
            ElementType.INT64,
            ElementType.UINT32,
            ElementType.UINT64);
    /** Gemm's in the witness: float32, and float16 by the float16 rule. */
    public static final Set<ElementType> GEMM = of(ElementType.FLOAT16, ElementType.FLOAT32);

    public static final Set<ElementType> BOOL = of(ElementType.BOOL);

    private ElementTypes() {}

    private static Set<ElementType> of(ElementType first, ElementType... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** For messages: {@code float16, float32 and float64}. */
    public static String names(Set<ElementType> types) {
        String all = types.stream().map(ElementType::descriptorName).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
