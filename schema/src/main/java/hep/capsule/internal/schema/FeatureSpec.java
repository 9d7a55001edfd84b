package hep.capsule.internal.schema;

import java.util.Optional;

/**
 * One element of the last axis of a model input: the physical quantity and how it becomes the model's value. Text
 * values may be {@link Missing#MARKER}; structured values are empty while MISSING ({@code angleConvention} is also
 * empty when the unit is not rad).
 */
public record FeatureSpec(
        String name,
        String description,
        String unit,
        Optional<Normalisation> normalisation,
        Optional<Padding> padding,
        Optional<NanPolicy> nanPolicy,
        Optional<AngleConvention> angleConvention,
        Optional<ValueRange> validRange) {}
