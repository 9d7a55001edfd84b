package hep.capsule.examples;

/** A four-momentum in GeV, in Cartesian components. */
record FourMomentum(double px, double py, double pz, double e) {

    static final FourMomentum ZERO = new FourMomentum(0, 0, 0, 0);

    static FourMomentum fromPtEtaPhiM(double pt, double eta, double phi, double mass) {
        double pz = pt * StrictMath.sinh(eta);
        double p2 = pt * pt + pz * pz;
        return new FourMomentum(
                pt * StrictMath.cos(phi), pt * StrictMath.sin(phi), pz, StrictMath.sqrt(p2 + mass * mass));
    }

    /** Missing transverse momentum as a massless vector with no longitudinal component. */
    static FourMomentum transverse(double pt, double phi) {
        return fromPtEtaPhiM(pt, 0, phi, 0);
    }

    FourMomentum plus(FourMomentum o) {
        return new FourMomentum(px + o.px, py + o.py, pz + o.pz, e + o.e);
    }

    double pt() {
        return StrictMath.hypot(px, py);
    }

    double mass() {
        double m2 = e * e - px * px - py * py - pz * pz;
        return m2 > 0 ? StrictMath.sqrt(m2) : 0;
    }

    double eta() {
        double x = Math.abs(pz / pt());
        return Math.signum(pz) * StrictMath.log(x + StrictMath.sqrt(x * x + 1));
    }

    double phi() {
        return StrictMath.atan2(py, px);
    }

    double deltaR(FourMomentum o) {
        double dEta = eta() - o.eta();
        double dPhi = StrictMath.IEEEremainder(phi() - o.phi(), 2 * Math.PI);
        return StrictMath.hypot(dEta, dPhi);
    }
}
