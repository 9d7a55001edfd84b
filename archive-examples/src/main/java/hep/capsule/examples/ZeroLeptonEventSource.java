package hep.capsule.examples;

import java.util.SplittableRandom;

/**
 * Synthetic events for the SR-BDT-GGdirect BDT of the ATLAS 0-lepton 2016 search, in the input order of its weight
 * file: nJet, meff, METoverMeff3, jetPt0..3, jetEta0..3, Sp, Ap, dPhiR, in GeV and rad. Each event passes the region's
 * preselection (at least 4 jets of pT > 50 GeV with |eta| < 2.8, leading jet above 200 GeV, ETmiss / meff(4j) > 0.2,
 * inclusive meff > 1400 GeV; meff is also kept below the collision energy), so no jet slot is ever empty. Jets are
 * pT-ordered; the event shapes are drawn independently.
 */
final class ZeroLeptonEventSource implements EventSource {

    static final int FEATURES = 14;
    static final int LEADING_JETS = 4;
    static final double JET_PT_MIN_GEV = 50;
    static final double LEADING_JET_PT_MIN_GEV = 200;
    static final double JET_ETA_MAX = 2.8;
    static final double MEFF_MIN_GEV = 1400;
    static final double MEFF_MAX_GEV = 13000;
    static final double MET_OVER_MEFF4_MIN = 0.2;
    static final double MET_OVER_MEFF4_MAX = 0.59;
    static final int MAX_JETS = 12;

    @Override
    public int featureCount() {
        return FEATURES;
    }

    @Override
    public double[] nextEvent(SplittableRandom random) {
        while (true) {
            int nJet = LEADING_JETS
                    + (int) Math.min(MAX_JETS - LEADING_JETS, -2 * StrictMath.log(1 - random.nextDouble()));
            double[] pt = new double[nJet];
            pt[0] = Draws.fallingAbove(random, LEADING_JET_PT_MIN_GEV, 400);
            for (int j = 1; j < nJet; j++) {
                pt[j] = JET_PT_MIN_GEV + (pt[j - 1] - JET_PT_MIN_GEV) * random.nextDouble();
            }
            double leadingSum = pt[0] + pt[1] + pt[2] + pt[3];
            double metOverMeff4 = random.nextDouble(MET_OVER_MEFF4_MIN, MET_OVER_MEFF4_MAX);
            // ETmiss / (leadingSum + ETmiss) = metOverMeff4
            double met = metOverMeff4 * leadingSum / (1 - metOverMeff4);
            double meff = met;
            for (double p : pt) {
                meff += p;
            }
            if (meff <= MEFF_MIN_GEV || meff > MEFF_MAX_GEV) {
                continue;
            }
            double[] row = new double[FEATURES];
            int i = 0;
            row[i++] = nJet;
            row[i++] = meff;
            row[i++] = metOverMeff4;
            for (int j = 0; j < LEADING_JETS; j++) {
                row[i++] = pt[j];
            }
            for (int j = 0; j < LEADING_JETS; j++) {
                row[i++] = Draws.truncatedNormal(random, 0, 1.2, -JET_ETA_MAX, JET_ETA_MAX);
            }
            row[i++] = random.nextDouble(0, 1);
            row[i++] = random.nextDouble(0, 0.5);
            row[i++] = random.nextDouble(0, Math.PI);
            return row;
        }
    }
}
