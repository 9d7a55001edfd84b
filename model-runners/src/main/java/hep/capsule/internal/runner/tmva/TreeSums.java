package hep.capsule.internal.runner.tmva;

/**
 * Sums, for each event, the leaf contributions of a forest's trees in file order, in float64: the one number a BDT
 * response is computed from. Implementations differ only in how they find each tree's leaf, never in the sum's bits.
 */
interface TreeSums {

    /** The sums of {@code events} events whose inputs are stored one event after the other in {@code values}. */
    double[] sums(float[] values, int events);

    /** The fastest evaluation that fits {@code forest}. */
    static TreeSums of(BdtForest forest) {
        return ShallowTrees.fits(forest) ? ShallowTrees.of(forest) : CompleteTrees.of(forest);
    }
}
