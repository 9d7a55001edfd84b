package hep.capsule.internal.runner.lwtnn;

import java.util.Arrays;
import java.util.Optional;

/** The activation functions of lwtnn that Capsule evaluates, by their name in the JSON file. */
enum ActivationFunction {
    LINEAR("linear"),
    SIGMOID("sigmoid"),
    RECTIFIED("rectified"),
    SOFTMAX("softmax"),
    TANH("tanh"),
    HARD_SIGMOID("hard_sigmoid"),
    ELU("elu"),
    LEAKY_RELU("leakyrelu");

    private final String lwtnnName;

    ActivationFunction(String lwtnnName) {
        this.lwtnnName = lwtnnName;
    }

    String lwtnnName() {
        return lwtnnName;
    }

    static Optional<ActivationFunction> byLwtnnName(String name) {
        return Arrays.stream(values()).filter(f -> f.lwtnnName.equals(name)).findFirst();
    }

    static String supported() {
        return String.join(
                ", ", Arrays.stream(values()).map(ActivationFunction::lwtnnName).toList());
    }
}
