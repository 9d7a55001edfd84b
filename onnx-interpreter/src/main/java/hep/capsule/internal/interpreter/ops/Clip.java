package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Integers;
import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clip: {@code min(max(x, low), high)}. Opset 6 takes the bounds as float attributes (defaults the lowest and highest
 * float32); opset 11 on takes them as optional scalar inputs. A NaN element stays NaN; integers compare as their type
 * does (uint64 unsigned).
 */
final class Clip implements Operator {
    private final Optional<Double> attributeLow;
    private final Optional<Double> attributeHigh;

    private Clip(Optional<Double> attributeLow, Optional<Double> attributeHigh) {
        this.attributeLow = attributeLow;
        this.attributeHigh = attributeHigh;
    }

    static OperatorFactory fromAttributes() {
        return attributes ->
                new Clip(Optional.of((double) attributes.getFloat("min", -Float.MAX_VALUE)), Optional.of((double)
                        attributes.getFloat("max", Float.MAX_VALUE)));
    }

    static OperatorFactory fromInputs() {
        return attributes -> new Clip(Optional.empty(), Optional.empty());
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.NUMERIC;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "input");
        Optional<NdArray> low = Inputs.optional(inputs, 1);
        Optional<NdArray> high = Inputs.optional(inputs, 2);
        NdArray out = NdArray.allocate(x.type(), x.shape());
        if (x.type().isFloatingPoint()) {
            double lo = attributeLow.orElseGet(
                    () -> low.map(l -> scalar(l, x).getDouble(0)).orElse(Double.NEGATIVE_INFINITY));
            double hi = attributeHigh.orElseGet(
                    () -> high.map(h -> scalar(h, x).getDouble(0)).orElse(Double.POSITIVE_INFINITY));
            for (int i = 0; i < x.size(); i++) {
                // As min(max(v, lo), hi), with NaN kept: when lo > hi, every value becomes hi, as ONNX says.
                double v = x.getDouble(i);
                double raised = v < lo ? lo : v;
                out.setDouble(i, raised > hi ? hi : raised);
            }
        } else {
            ElementType type = x.type();
            Optional<Long> lo = low.map(l -> scalar(l, x).getLong(0));
            Optional<Long> hi = high.map(h -> scalar(h, x).getLong(0));
            for (int i = 0; i < x.size(); i++) {
                long v = x.getLong(i);
                long raised = lo.isPresent() && Integers.compare(type, v, lo.get()) < 0 ? lo.get() : v;
                out.setLong(i, hi.isPresent() && Integers.compare(type, raised, hi.get()) > 0 ? hi.get() : raised);
            }
        }
        return List.of(out);
    }

    private static NdArray scalar(NdArray bound, NdArray x) {
        if (bound.size() != 1 || bound.type() != x.type()) {
            throw new InvalidOperandException(
                    "a Clip bound must be a single " + x.type().descriptorName() + " value, not " + bound.describe());
        }
        return bound;
    }
}
