package hep.capsule.internal.verifier.compare;

/**
 * How often re-execution changed a cut decision.
 *
 * @param firstChangedIndex the flat element index of the first change, or -1
 */
public record CutChanges(String cut, String description, long changedDecisions, long firstChangedIndex) {}
