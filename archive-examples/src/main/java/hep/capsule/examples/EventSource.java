package hep.capsule.examples;

import java.util.SplittableRandom;

/** Draws one synthetic event: the physical values of a model's features, in input order. */
interface EventSource {

    int featureCount();

    double[] nextEvent(SplittableRandom random);
}
