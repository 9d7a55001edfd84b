package hep.capsule.internal.schema;

import hep.capsule.internal.tensor.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One model output.
 *
 * @param shape dimensions, outermost first; a {@code null} entry is a dynamic axis
 * @param meaning what the value means; may be {@link Missing#MARKER}
 * @param range the values the output can take; empty while MISSING
 * @param storedReference archive path of the stored reference output NPY (capsule.json only)
 * @param storedWitnessReference archive path of the portable witness's outputs (capsule.json only)
 * @param perEvent whether the first axis counts events; otherwise the whole reference set runs as one batch and the
 *     output is stored and compared whole
 */
public record OutputSpec(
        String name,
        ElementType type,
        List<Long> shape,
        String meaning,
        Optional<ValueRange> range,
        List<WorkingPoint> workingPoints,
        Optional<Tolerance> tolerance,
        Optional<ExpectedOutputs> expected,
        Optional<String> storedReference,
        Optional<String> storedWitnessReference,
        boolean perEvent) {

    public OutputSpec {
        shape = Collections.unmodifiableList(new ArrayList<>(shape));
        workingPoints = List.copyOf(workingPoints);
    }

    /** A per-event output. */
    public OutputSpec(
            String name,
            ElementType type,
            List<Long> shape,
            String meaning,
            Optional<ValueRange> range,
            List<WorkingPoint> workingPoints,
            Optional<Tolerance> tolerance,
            Optional<ExpectedOutputs> expected,
            Optional<String> storedReference,
            Optional<String> storedWitnessReference) {
        this(
                name,
                type,
                shape,
                meaning,
                range,
                workingPoints,
                tolerance,
                expected,
                storedReference,
                storedWitnessReference,
                true);
    }
}
