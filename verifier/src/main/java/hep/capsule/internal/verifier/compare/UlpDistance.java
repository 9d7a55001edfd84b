package hep.capsule.internal.verifier.compare;

/**
 * Distances between two values of the same element type, measured in units in the last place: how many representable
 * numbers lie between them. Zero means the same number (+0 and -0 are zero apart); NaN is not comparable and is handled
 * by the caller.
 */
final class UlpDistance {
    private UlpDistance() {}

    static long between(float a, float b) {
        return Math.abs(ordered(a) - ordered(b));
    }

    static long between(double a, double b) {
        long oa = ordered(a);
        long ob = ordered(b);
        long difference = oa - ob;
        boolean overflow = ((oa ^ ob) & (oa ^ difference)) < 0;
        return overflow ? Long.MAX_VALUE : Math.abs(difference);
    }

    /** Between two float16 values given as their bits. */
    static long betweenHalves(short a, short b) {
        return Math.abs(orderedHalf(a) - orderedHalf(b));
    }

    private static long orderedHalf(short bits) {
        int h = bits & 0xffff;
        return (h & 0x8000) == 0 ? h : -(long) (h & 0x7fff);
    }

    /** Maps the bits of a float onto a line where neighbouring floats are neighbouring integers. */
    private static long ordered(float value) {
        int bits = Float.floatToRawIntBits(value);
        return bits >= 0 ? bits : -(long) (bits & 0x7fffffff);
    }

    private static long ordered(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits >= 0 ? bits : -(bits & 0x7fffffffffffffffL);
    }
}
