package hep.capsule.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A cutflow as verify found it: the numbers capsule.json records and, from the first stage with a cut on a model's
 * output, the numbers re-executing the model gives.
 *
 * @param name the cutflow's name
 * @param source {@code reference_events} (re-derived) or {@code paper} (shown as published)
 * @param signalModel the signal-model file in the archive
 * @param reproduced whether every re-derived stage gave the recorded numbers (always true for a paper cutflow)
 * @param stages the stages, in order
 */
public record CutflowResult(String name, String source, String signalModel, boolean reproduced, List<Stage> stages) {

    /**
     * One stage of a cutflow.
     *
     * @param name the stage's name
     * @param workingPoint the working point it cuts on ({@code model / output / name}), if any
     * @param rederived whether verify re-derives it
     * @param recordedEvents the events capsule.json records
     * @param recordedWeighted the weighted yield capsule.json records
     * @param rederivedEvents the events the re-executed outputs give
     * @param rederivedWeighted the weighted yield the re-executed outputs give
     * @param changedEvents how many events' passing changed
     * @param reproduced whether every re-derived number equals the recorded one and no event changed
     */
    public record Stage(
            String name,
            Optional<String> workingPoint,
            boolean rederived,
            OptionalLong recordedEvents,
            OptionalDouble recordedWeighted,
            OptionalLong rederivedEvents,
            OptionalDouble rederivedWeighted,
            long changedEvents,
            boolean reproduced) {}

    /** Copies {@code stages}. */
    public CutflowResult {
        stages = List.copyOf(stages);
    }
}
