package hep.capsule.internal.cli;

import hep.capsule.internal.runner.TensorSpec;
import java.util.Arrays;
import java.util.List;

/**
 * For {@code capsule init}: which inputs and outputs seem to have no event axis, and why. The events are counted by the
 * first dimension of the inputs whose first axis the model leaves dynamic (or, if it fixes every axis, of the first
 * reference input). An input is proposed whole when it is a scalar, when the model fixes all its axes while another
 * input's first axis is dynamic, or when its reference file disagrees with that count; an output when it is a scalar or
 * the model fixes its first axis while the inputs' event axis is dynamic.
 */
final class EventAxes {

    /** An input's declared shape and its reference file's shape. */
    record InputShapes(TensorSpec spec, long[] reference, String file) {}

    private final List<InputShapes> inputs;
    private final boolean dynamicEvents;
    private final long events;
    private final String countedBy;

    EventAxes(List<InputShapes> inputs) {
        this.inputs = List.copyOf(inputs);
        InputShapes counter = inputs.stream()
                .filter(i -> dynamicFirstAxis(i.spec()))
                .findFirst()
                .orElse(inputs.stream()
                        .filter(i -> i.reference().length > 0)
                        .findFirst()
                        .orElse(null));
        this.dynamicEvents = counter != null && dynamicFirstAxis(counter.spec());
        this.events = counter == null ? -1 : counter.reference()[0];
        this.countedBy = counter == null ? null : counter.file();
    }

    private static boolean dynamicFirstAxis(TensorSpec spec) {
        return !spec.shape().isEmpty() && spec.shape().get(0) == null;
    }

    /** Why input {@code i} has no event axis, or {@code null} when it has one. */
    String inputWholeBecause(int i) {
        InputShapes input = inputs.get(i);
        long[] shape = input.reference();
        String given = "given whole, unchanged, to every batch";
        if (shape.length == 0) {
            return input.file() + " holds a scalar: no event axis; " + given;
        }
        if (dynamicEvents
                && !dynamicFirstAxis(input.spec())
                && input.spec().shape().stream().allMatch(d -> d != null)) {
            return "the model fixes every axis of this input " + input.spec().shape() + " while the event axis of "
                    + countedBy + " is dynamic: a constant the model needs, " + given;
        }
        if (shape[0] != events) {
            return "the reference inputs disagree on their first dimension: " + countedBy + " has " + events
                    + " events, " + input.file() + " has shape " + Arrays.toString(shape) + "; " + given;
        }
        return null;
    }

    /** Why an output has no event axis, or {@code null} when it seems to have one. */
    String outputWholeBecause(TensorSpec output) {
        if (output.shape().isEmpty()) {
            return "a scalar: no event axis, so the reference set runs as one batch and this output is stored whole";
        }
        if (dynamicEvents && output.shape().get(0) != null) {
            return "the model fixes the first axis of this output " + output.shape()
                    + " while the inputs' event axis is"
                    + " dynamic: no event axis, so the reference set runs as one batch and this output is stored whole";
        }
        return null;
    }
}
