package hep.capsule.internal.verifier.compare;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares recomputed outputs with stored reference outputs, batch after batch, bit by bit. Accumulates counts and the
 * largest distances, so a reference set of any size is compared without holding it.
 */
public final class TensorComparison {
    private final ElementType type;
    private final List<Cut> cuts;
    private final long[] changedDecisions;
    private final long[] firstChanged;
    private long elements;
    private long bitIdentical;
    private long maxUlp;
    private double maxAbsolute;
    private long nanMismatches;
    private ComparisonResult.FirstDifference firstDifference;
    private ComparisonResult.FirstDifference largestDifference;

    public TensorComparison(ElementType type, List<Cut> cuts) {
        this.type = type;
        this.cuts = List.copyOf(cuts);
        this.changedDecisions = new long[cuts.size()];
        this.firstChanged = new long[cuts.size()];
        Arrays.fill(firstChanged, -1);
    }

    /** Compares the next batch; the two tensors must have the same type and shape. */
    public void add(Tensor stored, Tensor recomputed) {
        if (stored.type() != type || recomputed.type() != type || !Arrays.equals(stored.shape(), recomputed.shape())) {
            throw new IllegalArgumentException(
                    "cannot compare " + stored.describe() + " with " + recomputed.describe());
        }
        long count = stored.elementCount();
        byte[] storedBytes = stored.data();
        byte[] recomputedBytes = recomputed.data();
        ByteBuffer a = stored.buffer();
        ByteBuffer b = recomputed.buffer();
        int width = type.byteWidth();
        long differing = 0;
        // Identical bits give identical values and decisions: only the differing elements are looked at.
        for (int from = 0; from < storedBytes.length; ) {
            int mismatch =
                    Arrays.mismatch(storedBytes, from, storedBytes.length, recomputedBytes, from, storedBytes.length);
            if (mismatch < 0) {
                break;
            }
            int i = (from + mismatch) / width;
            compareDiffering(elements + i, type.valueAt(a, i), type.valueAt(b, i), a, b, i);
            differing++;
            from = (i + 1) * width;
        }
        elements += count;
        bitIdentical += count - differing;
    }

    private void compareDiffering(
            long index, double storedValue, double recomputedValue, ByteBuffer a, ByteBuffer b, int i) {
        for (int c = 0; c < cuts.size(); c++) {
            if (cuts.get(c).passes().test(storedValue) != cuts.get(c).passes().test(recomputedValue)) {
                if (changedDecisions[c]++ == 0) {
                    firstChanged[c] = index;
                }
            }
        }
        if (firstDifference == null) {
            firstDifference = new ComparisonResult.FirstDifference(index, storedValue, recomputedValue);
        }
        if (Double.isNaN(storedValue) || Double.isNaN(recomputedValue)) {
            nanMismatches++;
            return;
        }
        maxUlp = Math.max(maxUlp, ulp(a, b, i));
        double absolute = Math.abs(storedValue - recomputedValue);
        if (largestDifference == null || absolute > maxAbsolute) {
            largestDifference = new ComparisonResult.FirstDifference(index, storedValue, recomputedValue);
        }
        maxAbsolute = Math.max(maxAbsolute, absolute);
    }

    /** The distance in units in the last place; for integers, the difference (exact equality is distance 0). */
    private long ulp(ByteBuffer a, ByteBuffer b, int i) {
        return switch (type) {
            case FLOAT16 -> UlpDistance.betweenHalves(a.getShort(2 * i), b.getShort(2 * i));
            case FLOAT32 -> UlpDistance.between(a.getFloat(4 * i), b.getFloat(4 * i));
            case FLOAT64 -> UlpDistance.between(a.getDouble(8 * i), b.getDouble(8 * i));
            case UINT64 -> unsignedDistance(a.getLong(8 * i), b.getLong(8 * i));
            case INT64 -> saturatingDistance(a.getLong(8 * i), b.getLong(8 * i));
            case BOOL -> 1;
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> Math.abs(type.integerAt(a, i) - type.integerAt(b, i));
        };
    }

    private static long unsignedDistance(long x, long y) {
        long difference = Long.compareUnsigned(x, y) >= 0 ? x - y : y - x;
        return difference < 0 ? Long.MAX_VALUE : difference;
    }

    private static long saturatingDistance(long x, long y) {
        try {
            return Math.abs(Math.subtractExact(x, y));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    public ComparisonResult result() {
        List<CutChanges> changes = new ArrayList<>();
        for (int c = 0; c < cuts.size(); c++) {
            changes.add(new CutChanges(
                    cuts.get(c).name(), cuts.get(c).description(), changedDecisions[c], firstChanged[c]));
        }
        return new ComparisonResult(
                elements,
                bitIdentical,
                maxUlp,
                maxAbsolute,
                nanMismatches,
                firstDifference,
                largestDifference,
                changes);
    }
}
