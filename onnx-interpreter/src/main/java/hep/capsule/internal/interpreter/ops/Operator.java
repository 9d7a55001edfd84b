package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.NdArray;
import hep.capsule.internal.tensor.ElementType;
import java.util.List;
import java.util.Set;

/**
 * One node's computation, configured from its attributes when the plan is built. It computes every event (row) in
 * order, with no threads and no dependence on the other rows' values except where the operator itself mixes rows (a
 * reduction over the event axis).
 */
@FunctionalInterface
public interface Operator {
    /**
     * @param inputs the node's inputs in order; {@code null} for an omitted optional input
     * @return the node's outputs in order
     * @throws hep.capsule.internal.interpreter.array.InvalidOperandException when the operands do not fit
     */
    List<NdArray> apply(List<NdArray> inputs);

    /**
     * Whether the operator takes float16 operands as they are. If not (all but Cast), the executor applies the float16
     * rule ({@link Float16Rule}): float16 operands are widened to float32, the operator computes in float32, and its
     * float32 results are rounded to float16.
     */
    default boolean computesFloat16() {
        return false;
    }

    /**
     * The element types of the data operand (input 0) the operator computes on, as ONNX defines the operator for them;
     * the planner refuses a model that gives it another type it knows.
     */
    default Set<ElementType> dataTypes() {
        return ElementTypes.ALL;
    }
}
