package hep.capsule.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Synthetic events for the 4-jet network of ATLAS-SUSY-2019-04: one lepton, exactly four jets (1 to 4 of them b-tagged)
 * and missing transverse momentum, laid out as the 65 network inputs in physical units (GeV, rad). Jet slots 5 to 10
 * are always empty and carry the padding values.
 */
final class FourJetEventSource implements EventSource {

    static final int FEATURES = 65;
    static final int JET_SLOTS = 10;
    static final int JETS = 4;
    static final double ENERGY_SCALE_GEV = 100;
    static final double EMPTY_ENERGY_GEV = 1.0e-5;
    static final double EMPTY_ANGLE = -5.0;
    static final double EMPTY_BTAG_BIN = 0;
    static final double BTAGGED_BIN = 5;
    static final double UNTAGGED_BIN = 1;

    /** Indices of the inputs the network receives divided by {@link #ENERGY_SCALE_GEV}. */
    static final List<Integer> ENERGY_INPUTS = energyInputs();

    private record Jet(FourMomentum p4, double pt, double eta, double phi, boolean bTagged) {}

    @Override
    public int featureCount() {
        return FEATURES;
    }

    /** The per-input operation turning physical values into what the network consumes. */
    static List<DoubleUnaryOperator> modelReadyScaling() {
        return IntStream.range(0, FEATURES)
                .mapToObj(i -> ENERGY_INPUTS.contains(i)
                        ? (DoubleUnaryOperator) x -> (x - 0.0) / ENERGY_SCALE_GEV
                        : DoubleUnaryOperator.identity())
                .toList();
    }

    @Override
    public double[] nextEvent(SplittableRandom random) {
        List<Jet> jets = drawJets(random);
        double lepPt = Draws.fallingAbove(random, 27, 50);
        double lepEta = Draws.truncatedNormal(random, 0, 1.2, -2.47, 2.47);
        double lepPhi = Draws.azimuth(random);
        FourMomentum lepton = FourMomentum.fromPtEtaPhiM(lepPt, lepEta, lepPhi, 0);
        double met = Draws.fallingAbove(random, 0, 60);
        double metPhi = Draws.azimuth(random);
        FourMomentum missing = FourMomentum.transverse(met, metPhi);
        List<FourMomentum> p4s = jets.stream().map(Jet::p4).toList();
        long bJets = jets.stream().filter(Jet::bTagged).count();

        double[] row = new double[featureCount()];
        int i = 0;
        row[i++] = JETS;
        row[i++] = Math.min(bJets - 1, 3);
        row[i++] = bJets;
        row[i++] = maxPtTripletMass(p4s, FourMomentum.ZERO);
        row[i++] = jets.stream().mapToDouble(Jet::pt).sum();
        row[i++] = jets.stream().filter(Jet::bTagged).mapToDouble(Jet::pt).sum();
        row[i++] = maxPtTripletMass(p4s, lepton.plus(missing));
        row[i++] = p4s.stream().mapToDouble(lepton::deltaR).min().orElseThrow();
        row[i++] = minmaxMass(p4s);
        row[i++] = met;
        row[i++] = metPhi;
        i = fillSlots(row, i, jets, Jet::pt, EMPTY_ENERGY_GEV);
        i = fillSlots(row, i, jets, Jet::eta, EMPTY_ANGLE);
        i = fillSlots(row, i, jets, Jet::phi, EMPTY_ANGLE);
        i = fillSlots(row, i, jets, jet -> jet.p4().e(), EMPTY_ENERGY_GEV);
        i = fillSlots(row, i, jets, jet -> jet.bTagged() ? BTAGGED_BIN : UNTAGGED_BIN, EMPTY_BTAG_BIN);
        row[i++] = lepPt;
        row[i++] = lepEta;
        row[i++] = lepPhi;
        row[i] = lepton.e();
        return row;
    }

    private static List<Jet> drawJets(SplittableRandom random) {
        int bJets = 1 + random.nextInt(JETS);
        boolean[] tagged = new boolean[JETS];
        for (int placed = 0; placed < bJets; ) {
            int slot = random.nextInt(JETS);
            if (!tagged[slot]) {
                tagged[slot] = true;
                placed++;
            }
        }
        List<Double> pts = new ArrayList<>();
        for (int j = 0; j < JETS; j++) {
            pts.add(Draws.fallingAbove(random, 20, 90));
        }
        pts.sort(Comparator.reverseOrder());
        List<Jet> jets = new ArrayList<>();
        for (int j = 0; j < JETS; j++) {
            double pt = pts.get(j);
            double eta = Draws.truncatedNormal(random, 0, 1.3, -2.5, 2.5);
            double phi = Draws.azimuth(random);
            double mass = Draws.fallingAbove(random, 2, 8);
            jets.add(new Jet(FourMomentum.fromPtEtaPhiM(pt, eta, phi, mass), pt, eta, phi, tagged[j]));
        }
        return jets;
    }

    private static int fillSlots(double[] row, int start, List<Jet> jets, ToDoubleFunction<Jet> value, double empty) {
        for (int slot = 0; slot < JET_SLOTS; slot++) {
            row[start + slot] = slot < jets.size() ? value.applyAsDouble(jets.get(slot)) : empty;
        }
        return start + JET_SLOTS;
    }

    /** Mass of the three-jet system (plus {@code extra}) with the largest transverse momentum. */
    private static double maxPtTripletMass(List<FourMomentum> jets, FourMomentum extra) {
        FourMomentum best = FourMomentum.ZERO;
        for (int a = 0; a < jets.size(); a++) {
            for (int b = a + 1; b < jets.size(); b++) {
                for (int c = b + 1; c < jets.size(); c++) {
                    FourMomentum system =
                            jets.get(a).plus(jets.get(b)).plus(jets.get(c)).plus(extra);
                    if (system.pt() > best.pt()) {
                        best = system;
                    }
                }
            }
        }
        return best.mass();
    }

    /** Over all splits of the jets into two groups, the smallest mass of the heavier group. */
    private static double minmaxMass(List<FourMomentum> jets) {
        double smallest = Double.MAX_VALUE;
        for (int split = 0; split < 1 << jets.size(); split++) {
            FourMomentum first = FourMomentum.ZERO;
            FourMomentum second = FourMomentum.ZERO;
            for (int j = 0; j < jets.size(); j++) {
                if ((split & 1 << j) != 0) {
                    first = first.plus(jets.get(j));
                } else {
                    second = second.plus(jets.get(j));
                }
            }
            smallest = Math.min(smallest, Math.max(first.mass(), second.mass()));
        }
        return smallest;
    }

    private static List<Integer> energyInputs() {
        List<Integer> indices = new ArrayList<>(List.of(3, 4, 5, 6, 8, 9));
        IntStream.range(11, 11 + JET_SLOTS).forEach(indices::add);
        IntStream.range(41, 41 + JET_SLOTS).forEach(indices::add);
        indices.addAll(List.of(61, 64));
        return List.copyOf(indices);
    }
}
