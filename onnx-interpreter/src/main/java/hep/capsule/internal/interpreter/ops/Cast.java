package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Integers;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.OnnxTypes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * Cast (opset 6 on, {@code to} an int data type code), between any two of the interpreter's types, by ONNX's Cast
 * rules. To bool: non-zero (NaN included) is true. From bool: 0 or 1. Integer to integer: the higher bits dropped
 * (two's complement). Integer to floating: rounded once to nearest (uint64 read unsigned). Floating to floating:
 * float64 and float32 to float32 rounded to nearest, then to float16 rounded to nearest, ties to even (widening is
 * exact). Floating to integer: truncated toward zero, see {@link Integers#fromDouble} for values out of range, which
 * ONNX leaves undefined. The only operator that computes float16 itself.
 */
final class Cast implements Operator {
    private final ElementType to;

    private Cast(ElementType to) {
        this.to = to;
    }

    static OperatorFactory factory() {
        return attributes -> {
            long code = attributes.requireInt("to");
            return new Cast(OnnxTypes.elementType(code)
                    .orElseThrow(() -> new InvalidOperandException("casting to " + OnnxTypes.name(code)
                            + " is not supported; the interpreter casts to " + OnnxTypes.SUPPORTED)));
        };
    }

    @Override
    public boolean computesFloat16() {
        return true;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "input");
        if (x.type() == to) {
            return List.of(x);
        }
        NdArray out = NdArray.allocate(to, x.shape());
        ElementType from = x.type();
        for (int i = 0; i < x.size(); i++) {
            if (to == ElementType.BOOL) {
                out.setBool(i, x.getBool(i));
            } else if (from.isFloatingPoint()) {
                out.setDouble(i, x.getDouble(i));
            } else if (from == ElementType.UINT64 && to.isFloatingPoint()) {
                out.setDouble(i, to == ElementType.FLOAT64 ? x.getDouble(i) : Integers.toFloat(from, x.getLong(i)));
            } else {
                out.setLong(i, x.getLong(i));
            }
        }
        return List.of(out);
    }
}
