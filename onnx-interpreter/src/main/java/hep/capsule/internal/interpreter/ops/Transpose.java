package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;
import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.interpreter.array.Shapes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Transpose: output axis {@code i} is input axis {@code perm[i]}; perm defaults to reversing the axes. */
final class Transpose implements Operator {
    private final Optional<long[]> perm;

    private Transpose(Optional<long[]> perm) {
        this.perm = perm;
    }

    static OperatorFactory factory() {
        return attributes -> new Transpose(attributes.ints("perm"));
    }

    /** {@code x} with its axes permuted. */
    static NdArray permute(NdArray x, int[] axes) {
        int[] strides = Shapes.strides(x.shape());
        int[] shape = new int[axes.length];
        int[] permutedStrides = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            shape[i] = x.dim(axes[i]);
            permutedStrides[i] = strides[axes[i]];
        }
        return x.select(shape, Shapes.stridedIndex(shape, 0, permutedStrides));
    }

    @Override
    public List<NdArray> apply(List<NdArray> inputs) {
        NdArray x = Inputs.required(inputs, 0, "data");
        int rank = x.rank();
        if (perm.isPresent() && perm.get().length != rank) {
            throw new InvalidOperandException(
                    "perm " + Arrays.toString(perm.get()) + " does not list the " + rank + " axes of " + x.describe());
        }
        int[] axes = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = perm.isPresent() ? (int) perm.get()[i] : rank - 1 - i;
            if (axes[i] < 0 || axes[i] >= rank || seen[axes[i]]) {
                throw new InvalidOperandException(
                        "perm " + Arrays.toString(perm.orElseThrow()) + " is not a permutation of " + rank + " axes");
            }
            seen[axes[i]] = true;
        }
        return List.of(permute(x, axes));
    }
}
