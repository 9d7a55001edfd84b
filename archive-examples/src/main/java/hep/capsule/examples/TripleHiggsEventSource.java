package hep.capsule.examples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic events for the resonant-search network of the ATLAS HHH to 6b search: the ten event variables in physical
 * units, each drawn independently from a normal distribution with the training mean and standard deviation of the
 * published variables file, truncated to the variable's valid range. The variables are therefore not correlated as in
 * real events.
 */
final class TripleHiggsEventSource implements EventSource {

    private record Variable(String name, double mean, double sigma, double low, double high) {}

    private static final List<Variable> VARIABLES = List.of(
            new Variable("htbjet", 454.8374624999389, 169.38975531210076, 200, 13000),
            new Variable("rmsdRBB", 0.8712214182269916, 0.17238594318492942, 0, 3),
            new Variable("dRH2", 2.0649993015285935, 0.712328608376953, 0, 6),
            new Variable("massfraceta", 0.4576501764909644, 0.21991522548232162, 0, 1),
            new Variable("sphere3dv2b", 0.49288282643596004, 0.18301209953512398, 0, 1),
            new Variable("aplan3dv2b", 0.11682439863849046, 0.0815583578490229, 0, 0.5),
            new Variable("dRH1", 1.7542197258276122, 0.7002952858377226, 0, 6),
            new Variable("dRH3", 2.5652577961909664, 0.6619112413495725, 0, 6),
            new Variable("skewnessdABB", 0.8442579185068941, 0.8056044110637969, -3.5, 3.5),
            new Variable("mHcosTheta", -0.03785893663738506, 0.5924632070974697, -1, 1));

    @Override
    public int featureCount() {
        return VARIABLES.size();
    }

    @Override
    public double[] nextEvent(SplittableRandom random) {
        return VARIABLES.stream()
                .mapToDouble(v -> Draws.truncatedNormal(random, v.mean(), v.sigma(), v.low(), v.high()))
                .toArray();
    }
}
