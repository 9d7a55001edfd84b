package hep.capsule.internal.runner.tmva;

import java.math.BigDecimal;

/**
 * The response of an event with a NaN among its inputs: -999 as TMVA's Reader returns it (Reader::EvaluateMVA), unless
 * the capsule declares another number ({@code nan_response}).
 *
 * @param value the response
 * @param declared whether the capsule declared it
 */
public record NanInputResponse(double value, boolean declared) {

    public static final NanInputResponse TMVA_READER = new NanInputResponse(BdtForest.NAN_INPUT_RESPONSE, false);

    public static NanInputResponse declared(double value) {
        return new NanInputResponse(value, true);
    }

    /** How a capsule records the rule. */
    String setting() {
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return "an event with any NaN input gets response " + number
                + (declared
                        ? " (declared by the capsule: nan_response; TMVA's Reader would give -999)"
                        : " (TMVA Reader::EvaluateMVA)");
    }

    /** Sets the response of every event with a NaN input; {@code values} holds {@code width} inputs per event. */
    void apply(float[] values, int width, double[] responses) {
        for (int event = 0; event < responses.length; event++) {
            for (int i = event * width; i < (event + 1) * width; i++) {
                if (Float.isNaN(values[i])) {
                    responses[event] = value;
                    break;
                }
            }
        }
    }
}
