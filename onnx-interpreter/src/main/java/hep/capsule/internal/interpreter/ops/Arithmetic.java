package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.Broadcast;
import hep.capsule.internal.interpreter.array.Integers;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Add, Sub, Mul and Div with multidirectional broadcasting (opset 7 on). Floating point: one IEEE operation in the
 * operands' type (a float32 result is the float64 result rounded once, which is exactly float32 arithmetic for these
 * four operations); integers of every width: wrapping (two's-complement) arithmetic in the operands' type, division
 * truncating toward zero (unsigned for uint64), see {@link Integers}.
 */
final class Arithmetic implements Operator {

    /** The four operations, each in every type. */
    private enum Kind {
        ADD,
        SUB,
        MUL,
        DIV;

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
            };
        }

        /** Not yet wrapped to the type's width: the result array's {@link NdArray#setLong} does that. */
        long apply(ElementType type, long a, long b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> Integers.divide(type, a, b);
            };
        }

        /**
         * {@code out[row + j] = x[row + j] op y[j]} for every row of {@code width} elements: float32 arithmetic, which
         * for these four operations gives the bits of the float64 result rounded once. The switch is outside the loops
         * so that the JIT can vectorize each of them.
         */
        void rows(float[] x, float[] y, float[] out, int width) {
            switch (this) {
                case ADD -> {
                    for (int row = 0; row < x.length; row += width) {
                        for (int j = 0; j < width; j++) {
                            out[row + j] = x[row + j] + y[j];
                        }
                    }
                }
                case SUB -> {
                    for (int row = 0; row < x.length; row += width) {
                        for (int j = 0; j < width; j++) {
                            out[row + j] = x[row + j] - y[j];
                        }
                    }
                }
                case MUL -> {
                    for (int row = 0; row < x.length; row += width) {
                        for (int j = 0; j < width; j++) {
                            out[row + j] = x[row + j] * y[j];
                        }
                    }
                }
                case DIV -> {
                    for (int row = 0; row < x.length; row += width) {
                        for (int j = 0; j < width; j++) {
                            out[row + j] = x[row + j] / y[j];
                        }
                    }
                }
            }
        }

        float apply(float a, float b) {
            return (float) apply((double) a, (double) b);
        }
    }

    private final Kind kind;

    private Arithmetic(Kind kind) {
        this.kind = kind;
    }

    static OperatorFactory add() {
        return attributes -> new Arithmetic(Kind.ADD);
    }

    static OperatorFactory sub() {
        return attributes -> new Arithmetic(Kind.SUB);
    }

    static OperatorFactory mul() {
        return attributes -> new Arithmetic(Kind.MUL);
    }

    static OperatorFactory div() {
        return attributes -> new Arithmetic(Kind.DIV);
    }

    @Override
    public Set<ElementType> dataTypes() {
        return ElementTypes.NUMERIC;
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray a = Inputs.required(inputs, 0, "A");
        NdArray b = Inputs.required(inputs, 1, "B");
        Inputs.requireSameType(a, b);
        if (a.type() == ElementType.FLOAT32) {
            return List.of(float32(a, b));
        }
        boolean isFloating = a.type().isFloatingPoint();
        return List.of(Elementwise.broadcast(
                a.type(),
                (out, o, at) -> {
                    if (isFloating) {
                        out.setDouble(o, kind.apply(a.getDouble(at[0]), b.getDouble(at[1])));
                    } else {
                        out.setLong(o, kind.apply(a.type(), a.getLong(at[0]), b.getLong(at[1])));
                    }
                },
                a,
                b));
    }

    /** The common case, without per-element dispatch on the type. */
    private NdArray float32(NdArray a, NdArray b) {
        if (Arrays.equals(a.shape(), b.shape())) {
            return rows(a, b, a.size());
        }
        if (isTrailingBlockOf(b, a)) {
            return rows(a, b, b.size());
        }
        Broadcast broadcast = Broadcast.of(a, b);
        NdArray out = NdArray.allocate(ElementType.FLOAT32, broadcast.shape());
        float[] x = a.floats();
        float[] y = b.floats();
        float[] result = out.floats();
        for (int o = 0; o < result.length; o++) {
            result[o] = kind.apply(x[broadcast.at(0, o)], y[broadcast.at(1, o)]);
        }
        return out;
    }

    /**
     * {@code b} repeats along {@code a}'s leading axes, as a bias does: {@code b}'s shape, without leading ones, equals
     * the trailing dimensions of {@code a}'s shape.
     */
    private static boolean isTrailingBlockOf(NdArray b, NdArray a) {
        int[] big = a.shape();
        int[] small = Arrays.stream(b.shape()).dropWhile(d -> d == 1).toArray();
        return small.length <= big.length
                && b.rank() <= a.rank()
                && Arrays.equals(small, Arrays.copyOfRange(big, big.length - small.length, big.length));
    }

    /** {@code out[r*width + j] = a[r*width + j] op b[j]}: the same operation as the general loop. */
    private NdArray rows(NdArray a, NdArray b, int width) {
        NdArray out = NdArray.allocate(ElementType.FLOAT32, a.shape());
        kind.rows(a.floats(), b.floats(), out.floats(), width);
        return out;
    }
}
