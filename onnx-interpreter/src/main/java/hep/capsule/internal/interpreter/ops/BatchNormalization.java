package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/**
 * BatchNormalization in inference mode (opset 7 on), channels on axis 1: per channel {@code c}, {@code y = ((x - mean)
 * / sqrt(var + epsilon)) * scale + B}, each operation rounded to X's type, in that order. Training mode (opset 14's
 * {@code training_mode=1}) and opset 7's {@code spatial=0} are refused.
 */
final class BatchNormalization implements Operator {
    private final float epsilon;

    private BatchNormalization(float epsilon) {
        this.epsilon = epsilon;
    }

    static OperatorFactory factory() {
        return BatchNormalization::create;
    }

    private static BatchNormalization create(Attributes attributes) {
        if (attributes.getInt("training_mode", 0) != 0) {
            throw new InvalidOperandException(
                    "BatchNormalization with training_mode=1 is not supported: it is an inference-only interpreter");
        }
        if (attributes.getInt("spatial", 1) != 1) {
            throw new InvalidOperandException("BatchNormalization with spatial=0 is not supported");
        }
        return new BatchNormalization(attributes.getFloat("epsilon", 1e-5f));
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "X");
        Inputs.requireFloating(x, "X");
        NdArray scale = Inputs.required(inputs, 1, "scale");
        NdArray bias = Inputs.required(inputs, 2, "B");
        NdArray mean = Inputs.required(inputs, 3, "input_mean");
        NdArray variance = Inputs.required(inputs, 4, "input_var");
        if (x.rank() < 2) {
            throw new InvalidOperandException("BatchNormalization needs X of rank 2 or more, not " + x.describe());
        }
        int channels = x.dim(1);
        for (NdArray p : List.of(scale, bias, mean, variance)) {
            if (p.size() != channels) {
                throw new InvalidOperandException(
                        "a BatchNormalization parameter is " + p.describe() + ", X has " + channels + " channels");
            }
        }
        int[] shape = x.shape();
        int spatial = Shapes.product(shape, 2, shape.length);
        NdArray out = NdArray.allocate(x.type(), shape);
        var type = x.type();
        for (int i = 0; i < x.size(); i++) {
            int c = (i / spatial) % channels;
            double deviation =
                    Elementwise.round(type, Math.sqrt(Elementwise.round(type, variance.getDouble(c) + epsilon)));
            double centred = Elementwise.round(type, x.getDouble(i) - mean.getDouble(c));
            double normalised = Elementwise.round(type, centred / deviation);
            out.setDouble(i, Elementwise.round(type, normalised * scale.getDouble(c)) + bias.getDouble(c));
        }
        return List.of(out);
    }
}
