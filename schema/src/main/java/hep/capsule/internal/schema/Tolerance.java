package hep.capsule.internal.schema;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The declared acceptable difference of an output at re-execution: in ULPs, absolute, or both. */
public record Tolerance(OptionalLong maxUlp, OptionalDouble maxAbsolute) {}
