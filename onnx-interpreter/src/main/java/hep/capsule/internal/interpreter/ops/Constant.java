package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;

/**
 * Constant: a tensor from the {@code value} attribute (opset 1 on) or, from opset 12, from {@code value_float},
 * {@code value_floats}, {@code value_int} or {@code value_ints}.
 */
final class Constant implements Operator {
    private final NdArray value;

    private Constant(NdArray value) {
        this.value = value;
    }

    static OperatorFactory factory() {
        return attributes -> new Constant(value(attributes));
    }

    private static NdArray value(Attributes attributes) {
        if (attributes.has("value")) {
            return attributes.tensor("value").orElseThrow();
        }
        if (attributes.has("value_float")) {
            return NdArray.ofFloats(new int[0], new float[] {attributes.getFloat("value_float", 0)});
        }
        if (attributes.has("value_floats")) {
            float[] values = attributes.floats("value_floats").orElseThrow();
            return NdArray.ofFloats(new int[] {values.length}, values);
        }
        if (attributes.has("value_int")) {
            return NdArray.ofLongs(ElementType.INT64, new int[0], new long[] {attributes.getInt("value_int", 0)});
        }
        if (attributes.has("value_ints")) {
            long[] values = attributes.ints("value_ints").orElseThrow();
            return NdArray.ofLongs(ElementType.INT64, new int[] {values.length}, values);
        }
        throw new InvalidOperandException(
                "Constant has none of the attributes the interpreter reads: value, value_float, "
                        + "value_floats, value_int, value_ints (string and sparse constants are not supported)");
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        return List.of(value);
    }
}
