package hep.capsule.internal.runner.tmva;

import java.util.Arrays;
import java.util.Optional;

/** The TMVA {@code BoostType} option of the BDTs Capsule evaluates. */
enum BoostType {
    /** Gradient boost: the response is {@code 2 / (1 + exp(-2 * sum of leaf values)) - 1}. */
    GRAD("Grad"),
    /** AdaBoost: the boost-weighted mean of the leaf values. */
    ADA_BOOST("AdaBoost"),
    /** Real AdaBoost: evaluated as AdaBoost with purity leaves (TMVA MethodBDT::ProcessOptions). */
    REAL_ADA_BOOST("RealAdaBoost"),
    /** Bagging: the boost-weighted mean of the leaf values (TMVA writes boost weights of 1). */
    BAGGING("Bagging");

    private final String tmvaName;

    BoostType(String tmvaName) {
        this.tmvaName = tmvaName;
    }

    String tmvaName() {
        return tmvaName;
    }

    static Optional<BoostType> byTmvaName(String name) {
        return Arrays.stream(values()).filter(b -> b.tmvaName.equals(name)).findFirst();
    }
}
