package hep.capsule.interpreter.ops;

import hep.capsule.interpreter.array.InvalidOperandException;
import hep.capsule.interpreter.array.NdArray;
import hep.capsule.interpreter.model.OnnxTypes;
import hep.capsule.tensor.ElementType;
import java.util.List;

/**
 * Cast (opset 6 on, {@code to} an int data type code). Integers and bools convert as Java
 * converts a long (to float32: rounded to nearest), floating values as Java converts a double
 * (to float32: rounded to nearest; to integers: truncated toward zero); to bool: non-zero (NaN
 * included) is true.
 */
final class Cast implements Operator {
    private final ElementType to;

    private Cast(ElementType to) {
        this.to = to;
    }

    static OperatorFactory factory() {
        return attributes -> {
            long code = attributes.requireInt("to");
            return new Cast(OnnxTypes.elementType(code).orElseThrow(() -> new InvalidOperandException(
                    "casting to " + OnnxTypes.name(code) + " is not supported; the interpreter casts to " + OnnxTypes.SUPPORTED)));
        };
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "input");
        if (x.type() == to) {
            return List.of(x);
        }
        NdArray out = NdArray.allocate(to, x.shape());
        boolean fromFloating = x.type().isFloatingPoint();
        for (int i = 0; i < x.size(); i++) {
            if (to == ElementType.BOOL) {
                out.setBool(i, x.getBool(i));
            } else if (fromFloating) {
                out.setDouble(i, x.getDouble(i));
            } else {
                out.setLong(i, x.getLong(i));
            }
        }
        return List.of(out);
    }
}
