package hep.capsule.examples;

import java.util.SplittableRandom;

/** The random shapes the synthetic events are drawn from; every draw stays inside its bounds. */
final class Draws {

    private Draws() {}

    /** A falling spectrum: {@code threshold} plus an exponential tail with the given mean. */
    static double fallingAbove(SplittableRandom random, double threshold, double mean) {
        return threshold - mean * StrictMath.log(1 - random.nextDouble());
    }

    /** A normal distribution truncated (by redrawing) to [low, high]. */
    static double truncatedNormal(SplittableRandom random, double mean, double sigma, double low, double high) {
        while (true) {
            double x = mean + sigma * standardNormal(random);
            if (x >= low && x <= high) {
                return x;
            }
        }
    }

    /** An azimuthal angle whose float32 value lies within [-pi, pi]. */
    static double azimuth(SplittableRandom random) {
        while (true) {
            double phi = random.nextDouble(-Math.PI, Math.PI);
            if (Math.abs((double) (float) phi) <= Math.PI) {
                return phi;
            }
        }
    }

    private static double standardNormal(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }
}
