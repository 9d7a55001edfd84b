package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Integers;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ReduceSum and ReduceMean. Axes come from the {@code axes} attribute (ReduceSum before opset 13, ReduceMean before 18)
 * or the second input (from then on, where {@code noop_with_empty_axes=1} makes empty axes a no-op); no axes means all
 * axes.
 *
 * <p>Summation rule: the reduced elements of each output element are visited in C order of the reduced axes and added
 * left to right starting from 0, each sum rounded to the input's type (float32 accumulation for float32). The mean is
 * that sum divided by the count, rounded once. Integer sums wrap to the type's width (int32, int64, uint32 and uint64:
 * ONNX defines these two operators for no narrower integer); an integer mean is that sum divided by the count,
 * truncated toward zero (unsigned for uint64).
 */
final class Reduce implements Operator {
    private final Axes axes;
    private final boolean keepDims;
    private final boolean noopWithEmptyAxes;
    private final boolean mean;

    private Reduce(Axes axes, boolean keepDims, boolean noopWithEmptyAxes, boolean mean) {
        this.axes = axes;
        this.keepDims = keepDims;
        this.noopWithEmptyAxes = noopWithEmptyAxes;
        this.mean = mean;
    }

    static OperatorFactory withAttributeAxes(boolean mean) {
        return attributes ->
                new Reduce(Axes.fromAttribute(attributes), attributes.getInt("keepdims", 1) != 0, false, mean);
    }

    static OperatorFactory withInputAxes(boolean mean) {
        return attributes -> new Reduce(
                Axes.fromInput(),
                attributes.getInt("keepdims", 1) != 0,
                attributes.getInt("noop_with_empty_axes", 0) != 0,
                mean);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.FLOATING_AND_WIDE_INTEGERS;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "data");
        Inputs.requireType(x, dataTypes(), mean ? "ReduceMean" : "ReduceSum");
        Optional<long[]> listed = axes.of(inputs).filter(a -> a.length > 0);
        if (listed.isEmpty() && noopWithEmptyAxes) {
            return List.of(x);
        }
        int rank = x.rank();
        boolean[] reduced = new boolean[rank];
        for (long axis : listed.orElse(new long[0])) {
            reduced[Shapes.axis(axis, rank)] = true;
        }
        if (listed.isEmpty()) {
            java.util.Arrays.fill(reduced, true);
        }
        // Kept axes first, then reduced axes, each in their own order: every output element's
        // terms become one contiguous run, in C order of the reduced axes.
        int[] order = new int[rank];
        int[] outShape = new int[keepDims ? rank : 0];
        int next = 0;
        int kept = 0;
        for (int d = 0; d < rank; d++) {
            if (!reduced[d]) {
                order[next++] = d;
                kept++;
            }
        }
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                order[next++] = d;
            }
        }
        int[] shape = new int[kept];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (!reduced[d]) {
                shape[k++] = x.dim(d);
            }
        }
        if (keepDims) {
            for (int d = 0; d < rank; d++) {
                outShape[d] = reduced[d] ? 1 : x.dim(d);
            }
        } else {
            outShape = shape;
        }
        NdArray grouped = Transpose.permute(x, order);
        int terms = Shapes.size(shape) == 0 ? 0 : x.size() / Math.max(1, Shapes.size(shape));
        NdArray out = NdArray.allocate(x.type(), outShape);
        for (int o = 0; o < out.size(); o++) {
            if (x.type().isFloatingPoint()) {
                double sum = 0;
                for (int t = 0; t < terms; t++) {
                    sum = Elementwise.round(x.type(), sum + grouped.getDouble(o * terms + t));
                }
                out.setDouble(o, mean ? sum / terms : sum);
            } else {
                long sum = 0;
                for (int t = 0; t < terms; t++) {
                    sum += grouped.getLong(o * terms + t);
                }
                long wrapped = Integers.wrap(x.type(), sum);
                out.setLong(o, mean ? Integers.divide(x.type(), wrapped, terms) : wrapped);
            }
        }
        return List.of(out);
    }
}
