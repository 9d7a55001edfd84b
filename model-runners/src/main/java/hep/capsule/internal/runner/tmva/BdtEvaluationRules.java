package hep.capsule.internal.runner.tmva;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every choice that decides the numbers a TMVA BDT gives, read from its weight file, and recorded in a capsule as the
 * runner's settings.
 *
 * @param method the file's {@code MethodSetup Method}, for example {@code BDT::BDTG}
 * @param trainedWith the ROOT release of the training, which decides the split rule
 * @param boost the boost type
 * @param leafValue what a leaf contributes
 * @param split how a node compares an input with its cut
 * @param response how the sum of leaf contributions becomes the response
 * @param trees the number of trees
 */
record BdtEvaluationRules(
        String method,
        RootRelease trainedWith,
        BoostType boost,
        LeafValue leafValue,
        SplitRule split,
        BdtResponse response,
        int trees) {

    /** The settings a capsule records, by name. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("method", method);
        settings.put("trees", Integer.toString(trees));
        settings.put("boost_type", boost.tmvaName());
        settings.put(
                "split",
                "x " + split.operator() + " Cut continues on the cType=1 side (right), cType=0 inverts;"
                        + " chosen from the training release ROOT " + trainedWith.text());
        settings.put("leaf_value", leafValue.attribute() + " of the leaf reached (nType != 0 marks a leaf)");
        settings.put("response", response.formula());
        settings.put(
                "float_rounding",
                "inputs float32; Cut, res, purity and boostWeight parsed to float32 as TMVA"
                        + " stores them; sums and response in float64, summed in tree order; response "
                        + "rounded once to float32");
        return settings;
    }
}
