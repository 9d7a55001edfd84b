package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.array.InvalidOperandException;

/**
 * The {@code post_transform} of the tree ensembles, applied to one event's float32 scores, each result rounded to
 * float32: NONE; LOGISTIC {@code 1/(1+exp(-s))}; SOFTMAX over the scores (the same rule as the Softmax operator).
 * PROBIT and SOFTMAX_ZERO are refused.
 */
enum PostTransform {
    NONE,
    LOGISTIC,
    SOFTMAX;

    static PostTransform of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidOperandException("post_transform " + name
                    + " is not supported; the interpreter supports NONE, LOGISTIC and SOFTMAX");
        }
    }

    void apply(double[] scores) {
        switch (this) {
            case NONE -> {}
            case LOGISTIC -> {
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (float) (1 / (1 + StrictMath.exp(-scores[i])));
                }
            }
            case SOFTMAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double s : scores) {
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (float) StrictMath.exp((float) (scores[i] - max));
                    sum = (float) (sum + scores[i]);
                }
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (float) (scores[i] / sum);
                }
            }
        }
    }
}
