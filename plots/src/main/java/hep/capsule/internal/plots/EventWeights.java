package hep.capsule.internal.plots;

/** The weight of each event in a histogram, by its index among the reference events. */
@FunctionalInterface
public interface EventWeights {
    /** Every event counts once. */
    EventWeights UNIT = event -> 1.0;

    double of(long event);
}
