package hep.capsule.internal.publishing.lint;

import hep.capsule.internal.schema.DescriptorLimits;

/**
 * How strict the material check is.
 *
 * @param minEvents the fewest reference events a model should have (the Les Houches guide asks for enough events to
 *     check a reimplementation; default {@value #DEFAULT_MIN_EVENTS})
 * @param limits what the descriptor may be (its size, as pack's --max-descriptor-size)
 */
public record LintOptions(long minEvents, DescriptorLimits limits) {
    public static final long DEFAULT_MIN_EVENTS = 1000;
    public static final LintOptions DEFAULT = new LintOptions(DEFAULT_MIN_EVENTS, DescriptorLimits.DEFAULT);

    public LintOptions {
        if (minEvents < 1) {
            throw new IllegalArgumentException("the minimum number of events must be at least 1, not " + minEvents);
        }
    }
}
