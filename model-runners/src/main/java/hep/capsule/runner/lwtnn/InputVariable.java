package hep.capsule.runner.lwtnn;

import java.util.OptionalDouble;

/**
 * One input variable of an lwtnn network and how lwtnn prepares it: a NaN value is first replaced
 * by the file's default when it has one (lwtnn's NanReplacer), then {@code (x + offset) * scale}
 * (lwtnn's InputPreprocessor), in float64. A NaN without a default stays NaN.
 */
record InputVariable(String name, double offset, double scale, OptionalDouble nanDefault) {

    double prepare(double raw) {
        double x = Double.isNaN(raw) && nanDefault.isPresent() ? nanDefault.getAsDouble() : raw;
        return (x + offset) * scale;
    }
}
