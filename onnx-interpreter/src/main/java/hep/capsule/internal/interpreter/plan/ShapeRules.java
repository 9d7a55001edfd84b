package hep.capsule.internal.interpreter.plan;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.model.Attribute;
import hep.capsule.internal.interpreter.model.Attributes;
import hep.capsule.internal.interpreter.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * ONNX's shape rules for the operators whose outputs a model can make large: what each node's outputs will be (shape,
 * element type, and the values of small integer tensors such as shapes), from what is known of its inputs. Covers every
 * operator of the portable witness and those that build large tensors from small ones (ConstantOfShape, Expand, Tile,
 * Range, Reshape, MatMul); any other operator, or an input not known, gives outputs of unknown size
 * ({@link ValueFacts#UNKNOWN}), never a guess. Operands that break the operator's own rules are also left unknown: the
 * runtime refuses them itself.
 */
final class ShapeRules {
    private static final Set<String> SAME_SHAPE = Set.of(
            "Relu",
            "LeakyRelu",
            "Elu",
            "Selu",
            "Sigmoid",
            "HardSigmoid",
            "Tanh",
            "Exp",
            "Log",
            "Softmax",
            "LogSoftmax",
            "Hardmax",
            "Identity",
            "Clip",
            "Neg",
            "Abs",
            "Sqrt",
            "Reciprocal",
            "Floor",
            "Ceil",
            "Round",
            "Sin",
            "Cos",
            "Tan",
            "Erf",
            "Softplus",
            "Softsign",
            "Gelu",
            "HardSwish",
            "Sign",
            "Not",
            "BatchNormalization",
            "Dropout",
            "LayerNormalization",
            "InstanceNormalization",
            "Mish",
            "Celu",
            "ThresholdedRelu",
            "Shrink",
            "CumSum");
    private static final Set<String> BROADCAST =
            Set.of("Add", "Sub", "Mul", "Div", "Pow", "Mod", "Max", "Min", "Sum", "Mean", "PRelu", "BitShift");
    private static final Set<String> BROADCAST_BOOL =
            Set.of("Equal", "Greater", "Less", "GreaterOrEqual", "LessOrEqual", "And", "Or", "Xor");
    private static final Set<String> REDUCE = Set.of(
            "ReduceSum",
            "ReduceMean",
            "ReduceMax",
            "ReduceMin",
            "ReduceProd",
            "ReduceL1",
            "ReduceL2",
            "ReduceLogSum",
            "ReduceLogSumExp",
            "ReduceSumSquare");
    private static final long INT64 = 7;
    private static final long BOOL = 9;

    private ShapeRules() {}

    /** The facts of each of the node's outputs, in order; unknown ones where the rules cannot tell. */
    static List<ValueFacts> outputs(Node node, long opset, List<ValueFacts> inputs) {
        List<ValueFacts> outputs =
                new ArrayList<>(Collections.nCopies(node.outputs().size(), ValueFacts.UNKNOWN));
        if (!node.domain().isEmpty() || outputs.isEmpty()) {
            return outputs;
        }
        ValueFacts first;
        try {
            first = first(node, opset, inputs);
        } catch (ArithmeticException
                | IndexOutOfBoundsException
                | NegativeArraySizeException
                | InvalidOperandException e) {
            first = ValueFacts.UNKNOWN;
        }
        if (first != null && first.sized() && Arrays.stream(first.shape()).allMatch(d -> d >= 0)) {
            outputs.set(0, first);
        }
        if (outputs.size() > 1
                && first != null
                && first.sized()
                && node.opType().equals("Dropout")) {
            outputs.set(1, ValueFacts.of(first.shape(), BOOL));
        }
        return outputs;
    }

    private static ValueFacts first(Node node, long opset, List<ValueFacts> in) {
        String op = node.opType();
        Attributes attributes = node.attributes();
        ValueFacts a = input(in, 0);
        if (SAME_SHAPE.contains(op)) {
            return a.sized() ? ValueFacts.of(a.shape(), a.typeCode()) : null;
        }
        if (BROADCAST.contains(op)) {
            return broadcast(in, a.typeCode(), op);
        }
        if (BROADCAST_BOOL.contains(op)) {
            return broadcast(in, BOOL, null);
        }
        if (REDUCE.contains(op)) {
            boolean axesAsInput = op.equals("ReduceSum") ? opset >= 13 : opset >= 18;
            long[] axes =
                    axesAsInput ? optionalInts(in, 1) : attributes.ints("axes").orElse(new long[0]);
            return a.sized() && axes != null
                    ? reduce(
                            a,
                            axes,
                            attributes.getInt("keepdims", 1) != 0,
                            attributes.getInt("noop_with_empty_axes", 0) != 0)
                    : null;
        }
        return switch (op) {
            case "IsNaN", "IsInf" -> a.sized() ? ValueFacts.of(a.shape(), BOOL) : null;
            case "Cast" ->
                a.sized()
                        ? new ValueFacts(
                                a.shape(),
                                attributes.getInt("to", 0),
                                ValueFacts.isInteger(attributes.getInt("to", 0)) ? a.ints() : null)
                        : null;
            case "CastLike" -> a.sized() ? ValueFacts.of(a.shape(), input(in, 1).typeCode()) : null;
            case "Where" -> broadcast(in, input(in, 1).typeCode(), null);
            case "MatMul" -> matMul(a, input(in, 1));
            case "Gemm" -> gemm(a, input(in, 1), attributes);
            case "ArgMax", "ArgMin" ->
                a.sized()
                        ? reduce(
                                ValueFacts.of(a.shape(), INT64),
                                new long[] {attributes.getInt("axis", 0)},
                                attributes.getInt("keepdims", 1) != 0,
                                false)
                        : null;
            case "Concat" -> concat(in, attributes.getInt("axis", 0));
            case "Reshape" -> reshape(a, input(in, 1).ints(), attributes.getInt("allowzero", 0) != 0);
            case "Flatten" -> flatten(a, attributes.getInt("axis", 1));
            case "Squeeze" ->
                squeeze(
                        a,
                        opset >= 13
                                ? input(in, 1).ints()
                                : attributes.ints("axes").orElse(null),
                        opset >= 13 ? in.size() < 2 || in.get(1) == null : !attributes.has("axes"));
            case "Unsqueeze" ->
                unsqueeze(
                        a,
                        opset >= 13
                                ? input(in, 1).ints()
                                : attributes.ints("axes").orElse(null));
            case "Transpose" -> transpose(a, attributes.ints("perm").orElse(null));
            case "Gather" -> gather(a, input(in, 1), attributes.getInt("axis", 0));
            case "Slice" ->
                opset >= 10
                        ? slice(a, input(in, 1).ints(), input(in, 2).ints(), optionalInts(in, 3), optionalInts(in, 4))
                        : slice(
                                a,
                                attributes.ints("starts").orElse(null),
                                attributes.ints("ends").orElse(null),
                                attributes.ints("axes").orElse(new long[0]),
                                new long[0]);
            case "Shape" -> shape(a, attributes);
            case "Size" -> a.sized() ? new ValueFacts(new long[0], INT64, new long[] {a.elements()}) : null;
            case "Constant" -> constant(attributes);
            case "ConstantOfShape" -> constantOfShape(a, attributes);
            case "Expand" -> expand(a, input(in, 1).ints());
            case "Tile" -> tile(a, input(in, 1).ints());
            case "Range" -> range(a, input(in, 1), input(in, 2));
            default -> null;
        };
    }

    private static ValueFacts input(List<ValueFacts> in, int index) {
        return index < in.size() && in.get(index) != null ? in.get(index) : ValueFacts.UNKNOWN;
    }

    /** The values of an optional integer input: empty when omitted, {@code null} when present but unknown. */
    private static long[] optionalInts(List<ValueFacts> in, int index) {
        return index < in.size() && in.get(index) != null ? in.get(index).ints() : new long[0];
    }

    private static ValueFacts broadcast(List<ValueFacts> in, long typeCode, String op) {
        long[] shape = new long[0];
        for (ValueFacts operand : in) {
            if (operand == null || !operand.sized()) {
                return null;
            }
            shape = broadcastShapes(shape, operand.shape());
            if (shape == null) {
                return null;
            }
        }
        long[] values = null;
        if (in.size() == 2
                && ValueFacts.isInteger(typeCode)
                && in.get(0).ints() != null
                && in.get(1).ints() != null) {
            values = integerArithmetic(
                    op, in.get(0).ints(), in.get(1).ints(), (int) ValueFacts.times(1, product(shape)));
        }
        return new ValueFacts(shape, typeCode, values);
    }

    /** Shape arithmetic exporters write (Shape, then Mul or Add), on scalars or equal-length vectors. */
    private static long[] integerArithmetic(String op, long[] x, long[] y, int size) {
        if (op == null
                || size > ValueFacts.MAX_TRACKED_VALUES
                || (x.length != size && x.length != 1)
                || (y.length != size && y.length != 1)) {
            return null;
        }
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            long p = x[x.length == 1 ? 0 : i];
            long q = y[y.length == 1 ? 0 : i];
            switch (op) {
                case "Add" -> values[i] = Math.addExact(p, q);
                case "Sub" -> values[i] = Math.subtractExact(p, q);
                case "Mul" -> values[i] = Math.multiplyExact(p, q);
                case "Div" -> values[i] = p / q;
                default -> {
                    return null;
                }
            }
        }
        return values;
    }

    private static long[] broadcastShapes(long[] x, long[] y) {
        int rank = Math.max(x.length, y.length);
        long[] shape = new long[rank];
        for (int d = 0; d < rank; d++) {
            long p = d - (rank - x.length) >= 0 ? x[d - (rank - x.length)] : 1;
            long q = d - (rank - y.length) >= 0 ? y[d - (rank - y.length)] : 1;
            if (p != q && p != 1 && q != 1) {
                return null;
            }
            shape[d] = p == 1 ? q : p;
        }
        return shape;
    }

    private static long product(long[] dims) {
        long count = 1;
        for (long dim : dims) {
            count = ValueFacts.times(count, dim);
        }
        return count;
    }

    private static ValueFacts reduce(ValueFacts a, long[] axes, boolean keepDims, boolean noopWithEmptyAxes) {
        long[] shape = a.shape();
        if (axes.length == 0 && noopWithEmptyAxes) {
            return ValueFacts.of(shape, a.typeCode());
        }
        boolean[] reduced = new boolean[shape.length];
        if (axes.length == 0) {
            Arrays.fill(reduced, true);
        }
        for (long axis : axes) {
            reduced[axis(axis, shape.length)] = true;
        }
        List<Long> out = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (!reduced[d]) {
                out.add(shape[d]);
            } else if (keepDims) {
                out.add(1L);
            }
        }
        return ValueFacts.of(out.stream().mapToLong(Long::longValue).toArray(), a.typeCode());
    }

    private static int axis(long axis, int rank) {
        if (axis < -rank || axis >= rank) {
            throw new IndexOutOfBoundsException("axis " + axis + " for rank " + rank);
        }
        return (int) (axis < 0 ? axis + rank : axis);
    }

    private static ValueFacts matMul(ValueFacts a, ValueFacts b) {
        if (!a.sized() || !b.sized() || a.shape().length == 0 || b.shape().length == 0) {
            return null;
        }
        long[] x = a.shape().length == 1 ? new long[] {1, a.shape()[0]} : a.shape();
        long[] y = b.shape().length == 1 ? new long[] {b.shape()[0], 1} : b.shape();
        long[] batch = broadcastShapes(Arrays.copyOf(x, x.length - 2), Arrays.copyOf(y, y.length - 2));
        if (batch == null || x[x.length - 1] != y[y.length - 2]) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        Arrays.stream(batch).forEach(out::add);
        if (a.shape().length > 1) {
            out.add(x[x.length - 2]);
        }
        if (b.shape().length > 1) {
            out.add(y[y.length - 1]);
        }
        return ValueFacts.of(out.stream().mapToLong(Long::longValue).toArray(), a.typeCode());
    }

    private static ValueFacts gemm(ValueFacts a, ValueFacts b, Attributes attributes) {
        if (!a.sized() || !b.sized() || a.shape().length != 2 || b.shape().length != 2) {
            return null;
        }
        long m = attributes.getInt("transA", 0) != 0 ? a.shape()[1] : a.shape()[0];
        long n = attributes.getInt("transB", 0) != 0 ? b.shape()[0] : b.shape()[1];
        return ValueFacts.of(new long[] {m, n}, a.typeCode());
    }

    private static ValueFacts concat(List<ValueFacts> in, long axisAttribute) {
        ValueFacts first = input(in, 0);
        if (!first.sized() || first.shape().length == 0) {
            return null;
        }
        int axis = axis(axisAttribute, first.shape().length);
        long[] shape = first.shape().clone();
        shape[axis] = 0;
        List<Long> values = new ArrayList<>();
        for (ValueFacts operand : in) {
            if (operand == null || !operand.sized() || operand.shape().length != shape.length) {
                return null;
            }
            shape[axis] = Math.addExact(shape[axis], operand.shape()[axis]);
            if (values != null && operand.ints() != null && shape.length == 1) {
                Arrays.stream(operand.ints()).forEach(values::add);
            } else {
                values = null;
            }
        }
        return new ValueFacts(
                shape,
                first.typeCode(),
                values == null || values.size() > ValueFacts.MAX_TRACKED_VALUES
                        ? null
                        : values.stream().mapToLong(Long::longValue).toArray());
    }

    private static ValueFacts reshape(ValueFacts a, long[] target, boolean allowZero) {
        if (target == null) {
            return null;
        }
        long[] shape = target.clone();
        int inferred = -1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0 && !allowZero) {
                if (!a.sized() || d >= a.shape().length) {
                    return null;
                }
                shape[d] = a.shape()[d];
            } else if (shape[d] == -1) {
                inferred = d;
            }
        }
        if (inferred >= 0) {
            if (!a.sized()) {
                return null;
            }
            shape[inferred] = 1;
            long rest = product(shape);
            shape[inferred] = rest == 0 ? 0 : a.elements() / rest;
        }
        return new ValueFacts(shape, a.typeCode(), a.ints());
    }

    private static ValueFacts flatten(ValueFacts a, long axisAttribute) {
        if (!a.sized()) {
            return null;
        }
        int rank = a.shape().length;
        int axis = (int) (axisAttribute < 0 ? axisAttribute + rank : axisAttribute);
        if (axis < 0 || axis > rank) {
            return null;
        }
        return ValueFacts.of(
                new long[] {
                    product(Arrays.copyOfRange(a.shape(), 0, axis)), product(Arrays.copyOfRange(a.shape(), axis, rank))
                },
                a.typeCode());
    }

    private static ValueFacts squeeze(ValueFacts a, long[] axes, boolean allOnes) {
        if (!a.sized() || (axes == null && !allOnes)) {
            return null;
        }
        long[] shape = a.shape();
        boolean[] removed = new boolean[shape.length];
        if (axes == null || axes.length == 0) {
            for (int d = 0; d < shape.length; d++) {
                removed[d] = shape[d] == 1;
            }
        } else {
            for (long axis : axes) {
                removed[axis(axis, shape.length)] = true;
            }
        }
        List<Long> out = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (!removed[d]) {
                out.add(shape[d]);
            }
        }
        return new ValueFacts(out.stream().mapToLong(Long::longValue).toArray(), a.typeCode(), a.ints());
    }

    private static ValueFacts unsqueeze(ValueFacts a, long[] axes) {
        if (!a.sized() || axes == null) {
            return null;
        }
        int rank = a.shape().length + axes.length;
        boolean[] inserted = new boolean[rank];
        for (long axis : axes) {
            inserted[axis(axis, rank)] = true;
        }
        long[] shape = new long[rank];
        int next = 0;
        for (int d = 0; d < rank; d++) {
            shape[d] = inserted[d] ? 1 : a.shape()[next++];
        }
        return new ValueFacts(shape, a.typeCode(), a.ints());
    }

    private static ValueFacts transpose(ValueFacts a, long[] perm) {
        if (!a.sized()) {
            return null;
        }
        long[] shape = new long[a.shape().length];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = a.shape()[perm == null ? shape.length - 1 - d : axis(perm[d], shape.length)];
        }
        return ValueFacts.of(shape, a.typeCode());
    }

    private static ValueFacts gather(ValueFacts data, ValueFacts indices, long axisAttribute) {
        if (!data.sized() || !indices.sized() || data.shape().length == 0) {
            return null;
        }
        int axis = axis(axisAttribute, data.shape().length);
        long[] shape = new long[data.shape().length - 1 + indices.shape().length];
        System.arraycopy(data.shape(), 0, shape, 0, axis);
        System.arraycopy(indices.shape(), 0, shape, axis, indices.shape().length);
        System.arraycopy(data.shape(), axis + 1, shape, axis + indices.shape().length, data.shape().length - axis - 1);
        long[] values = null;
        if (data.ints() != null && indices.ints() != null && data.shape().length == 1) {
            values = new long[indices.ints().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = data.ints()[axis(indices.ints()[i], data.ints().length)];
            }
        }
        return new ValueFacts(shape, data.typeCode(), values);
    }

    private static ValueFacts slice(ValueFacts a, long[] starts, long[] ends, long[] axes, long[] steps) {
        if (!a.sized()
                || starts == null
                || ends == null
                || axes == null
                || steps == null
                || starts.length != ends.length) {
            return null;
        }
        long[] shape = a.shape().clone();
        for (int i = 0; i < starts.length; i++) {
            int axis = axes.length == 0 ? i : axis(axes[i], shape.length);
            long step = steps.length == 0 ? 1 : steps[i];
            long dim = shape[axis];
            long start = starts[i] < 0 ? starts[i] + dim : starts[i];
            long end = ends[i] < 0 ? ends[i] + dim : ends[i];
            if (step > 0) {
                start = Math.max(0, Math.min(start, dim));
                end = Math.max(0, Math.min(end, dim));
                shape[axis] = end > start ? (end - start + step - 1) / step : 0;
            } else if (step < 0) {
                start = Math.max(-1, Math.min(start, dim - 1));
                end = Math.max(-1, Math.min(end, dim - 1));
                shape[axis] = start > end ? (start - end - step - 1) / -step : 0;
            } else {
                return null;
            }
        }
        return ValueFacts.of(shape, a.typeCode());
    }

    private static ValueFacts shape(ValueFacts a, Attributes attributes) {
        if (!a.sized()) {
            return null;
        }
        int rank = a.shape().length;
        long start = attributes.getInt("start", 0);
        long end = attributes.getInt("end", rank);
        int from = (int) Math.max(0, Math.min(rank, start < 0 ? start + rank : start));
        int to = (int) Math.max(0, Math.min(rank, end < 0 ? end + rank : end));
        long[] dims = to > from ? Arrays.copyOfRange(a.shape(), from, to) : new long[0];
        return new ValueFacts(new long[] {dims.length}, INT64, dims);
    }

    private static ValueFacts constant(Attributes attributes) {
        Attribute value = attributes.byName().get("value");
        if (value instanceof Attribute.TensorValue tensor) {
            ValueFacts facts = ValueFacts.of(tensor.value());
            return new ValueFacts(facts.shape(), tensor.typeCode(), facts.ints());
        }
        if (attributes.byName().get("value_int") instanceof Attribute.IntValue single) {
            return new ValueFacts(new long[0], INT64, new long[] {single.value()});
        }
        if (attributes.byName().get("value_ints") instanceof Attribute.Ints many) {
            return new ValueFacts(
                    new long[] {many.values().length},
                    INT64,
                    many.values().length <= ValueFacts.MAX_TRACKED_VALUES
                            ? many.values().clone()
                            : null);
        }
        if (attributes.byName().get("value_float") instanceof Attribute.FloatValue) {
            return ValueFacts.of(new long[0], 1);
        }
        if (attributes.byName().get("value_floats") instanceof Attribute.Floats many) {
            return ValueFacts.of(new long[] {many.values().length}, 1);
        }
        return null;
    }

    private static ValueFacts constantOfShape(ValueFacts shape, Attributes attributes) {
        if (shape.ints() == null) {
            return null;
        }
        Attribute value = attributes.byName().get("value");
        long typeCode = value instanceof Attribute.TensorValue tensor
                ? tensor.typeCode()
                : value instanceof Attribute.UnsupportedTensor tensor ? tensor.typeCode() : 1;
        return ValueFacts.of(shape.ints().clone(), typeCode);
    }

    private static ValueFacts expand(ValueFacts a, long[] target) {
        if (!a.sized() || target == null) {
            return null;
        }
        long[] shape = broadcastShapes(a.shape(), target);
        return shape == null ? null : ValueFacts.of(shape, a.typeCode());
    }

    private static ValueFacts tile(ValueFacts a, long[] repeats) {
        if (!a.sized() || repeats == null || repeats.length != a.shape().length) {
            return null;
        }
        long[] shape = new long[repeats.length];
        for (int d = 0; d < shape.length; d++) {
            if (repeats[d] < 0) {
                return null;
            }
            shape[d] = ValueFacts.times(a.shape()[d], repeats[d]);
        }
        return ValueFacts.of(shape, a.typeCode());
    }

    private static ValueFacts range(ValueFacts start, ValueFacts limit, ValueFacts delta) {
        if (start.ints() == null
                || limit.ints() == null
                || delta.ints() == null
                || start.ints().length != 1
                || limit.ints().length != 1
                || delta.ints().length != 1
                || delta.ints()[0] == 0) {
            return null;
        }
        double count = Math.ceil(((double) limit.ints()[0] - start.ints()[0]) / delta.ints()[0]);
        return ValueFacts.of(new long[] {(long) Math.max(0, count)}, start.typeCode());
    }
}
