package hep.capsule.interpreter.ops;

import hep.capsule.interpreter.array.NdArray;
import java.util.List;

/**
 * One node's computation, configured from its attributes when the plan is built. It computes
 * every event (row) in order, with no threads and no dependence on the other rows' values
 * except where the operator itself mixes rows (a reduction over the event axis).
 */
@FunctionalInterface
public interface Operator {
    /**
     * @param inputs the node's inputs in order; {@code null} for an omitted optional input
     * @return the node's outputs in order
     * @throws hep.capsule.interpreter.array.InvalidOperandException when the operands do not fit
     */
    List<NdArray> apply(List<NdArray> inputs);
}
