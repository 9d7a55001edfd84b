package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.List;
import java.util.Optional;

/**
 * Slice. Opset 1: starts, ends and axes are attributes, steps are 1; opset 10 on: they are inputs (starts, ends,
 * optional axes, optional steps). Negative bounds count from the end; bounds are clamped to {@code [0, dim]} for a
 * positive step and to {@code [-1, dim-1]} for a negative one.
 */
final class Slice implements Operator {

    /** The bounds of one call: starts, ends, axes (empty: the first axes in order), steps (empty: all 1). */
    private record Bounds(long[] starts, long[] ends, Optional<long[]> axes, Optional<long[]> steps) {}

    @FunctionalInterface
    private interface BoundsSource {
        Bounds of(List<NdArray> inputs);
    }

    private final BoundsSource source;

    private Slice(BoundsSource source) {
        this.source = source;
    }

    static OperatorFactory fromAttributes() {
        return attributes -> {
            long[] starts =
                    attributes.ints("starts").orElseThrow(() -> new InvalidOperandException("Slice needs starts"));
            long[] ends = attributes.ints("ends").orElseThrow(() -> new InvalidOperandException("Slice needs ends"));
            Optional<long[]> axes = attributes.ints("axes");
            return new Slice(inputs -> new Bounds(starts, ends, axes, Optional.empty()));
        };
    }

    static OperatorFactory fromInputs() {
        return attributes -> new Slice(inputs -> new Bounds(
                Inputs.integers(Inputs.required(inputs, 1, "starts"), "starts"),
                Inputs.integers(Inputs.required(inputs, 2, "ends"), "ends"),
                Inputs.optional(inputs, 3).map(a -> Inputs.integers(a, "axes")),
                Inputs.optional(inputs, 4).map(a -> Inputs.integers(a, "steps"))));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray data = Inputs.required(inputs, 0, "data");
        Bounds bounds = source.of(inputs);
        int count = bounds.starts().length;
        if (bounds.ends().length != count
                || bounds.axes().map(a -> a.length != count).orElse(false)
                || bounds.steps().map(s -> s.length != count).orElse(false)) {
            throw new InvalidOperandException("starts, ends, axes and steps must have the same length");
        }
        int[] shape = data.shape();
        int[] strides = Shapes.strides(shape);
        int[] outStrides = strides.clone();
        int offset = 0;
        for (int i = 0; i < count; i++) {
            int axis = Shapes.axis(bounds.axes().isPresent() ? bounds.axes().get()[i] : i, shape.length);
            long step = bounds.steps().isPresent() ? bounds.steps().get()[i] : 1;
            if (step == 0) {
                throw new InvalidOperandException("a Slice step is 0");
            }
            long dim = data.dim(axis);
            long start = clamp(bounds.starts()[i], dim, step);
            long end = clamp(bounds.ends()[i], dim, step);
            long length = step > 0
                    ? Math.max(0, (end - start + step - 1) / step)
                    : Math.max(0, (start - end - step - 1) / -step);
            shape[axis] = (int) length;
            offset += (int) (length == 0 ? 0 : start * strides[axis]);
            outStrides[axis] = (int) (strides[axis] * step);
        }
        return List.of(data.select(shape, Shapes.stridedIndex(shape, offset, outStrides)));
    }

    private static long clamp(long bound, long dim, long step) {
        long b = bound < 0 ? bound + dim : bound;
        return step > 0 ? Math.min(Math.max(b, 0), dim) : Math.min(Math.max(b, -1), dim - 1);
    }
}
