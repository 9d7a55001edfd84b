package hep.capsule.internal.runner.lwtnn;

import java.util.OptionalDouble;

/**
 * One input variable of an lwtnn network and how lwtnn prepares it: a NaN value is first replaced by the file's default
 * when it has one (lwtnn's NanReplacer), then {@code (x + offset) * scale} (lwtnn's InputPreprocessor), in float64. A
 * NaN without a default stays NaN.
 */
record InputVariable(String name, double offset, double scale, OptionalDouble nanDefault) {

    double prepare(double raw) {
        double x = Double.isNaN(raw) && nanDefault.isPresent() ? nanDefault.getAsDouble() : raw;
        return (x + offset) * scale;
    }

    /** What {@link #prepare} does, in words and numbers. */
    String preparation() {
        String nan = nanDefault.isPresent()
                ? "a NaN becomes the file's default " + nanDefault.getAsDouble() + ", then "
                : "a NaN stays NaN (no default), ";
        return nan + "lwtnn computes (x + offset) * scale with offset " + offset + " and scale " + scale;
    }
}
