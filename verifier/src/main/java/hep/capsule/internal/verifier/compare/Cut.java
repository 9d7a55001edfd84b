package hep.capsule.internal.verifier.compare;

import java.util.function.DoublePredicate;

/** A named cut on an output value: a working point of the analysis. */
public record Cut(String name, String description, DoublePredicate passes) {}
