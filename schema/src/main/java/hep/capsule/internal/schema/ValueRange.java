package hep.capsule.internal.schema;

/** A closed interval [min, max] of values, e.g. a feature's valid range or an output's range. */
public record ValueRange(double min, double max) {}
