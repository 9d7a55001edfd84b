package hep.capsule.schema;

import hep.capsule.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One model output.
 *
 * @param shape           dimensions, outermost first; a {@code null} entry is a dynamic axis
 * @param meaning         what the value means; may be {@link Missing#MARKER}
 * @param range           the values the output can take; empty while MISSING
 * @param storedReference archive path of the stored reference output NPY (capsule.json only)
 * @param storedWitnessReference archive path of the portable witness's outputs (capsule.json only)
 */
public record OutputSpec(String name, ElementType type, List<Long> shape, String meaning,
                         Optional<ValueRange> range, List<WorkingPoint> workingPoints,
                         Optional<Tolerance> tolerance, Optional<ExpectedOutputs> expected,
                         Optional<String> storedReference, Optional<String> storedWitnessReference) {

    public OutputSpec {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
        workingPoints = List.copyOf(workingPoints);
    }
}
