package hep.capsule.internal.schema;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stage of a cutflow.
 *
 * @param cut the working point the stage applies, if it is a model's
 * @param events the number of events after the stage, when given
 * @param weighted the sum of their weights, exactly as written (its digits say how precise it is)
 */
public record CutflowStage(String name, Optional<StageCut> cut, OptionalLong events, Optional<BigDecimal> weighted) {}
