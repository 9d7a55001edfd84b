package hep.capsule.internal.cli;

import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.lwtnn.LwtnnRunner;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.schema.TemplateFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself beyond names, types and shapes, for {@code capsule init}: a TMVA weight file
 * names its variables and fixes how the BDT computes (training release, split convention, boost type, leaf values,
 * response); an lwtnn file names its variables, how it prepares them and its output labels. An ONNX model says nothing
 * more.
 */
final class ModelFileFacts {

    private ModelFileFacts() {}

    /** How the model computes, as its file fixes it; {@code null} for ONNX. */
    static String description(ModelRunner runner) {
        if (runner instanceof TmvaBdtRunner) {
            Map<String, String> s = runner.settings().settings();
            return "TMVA BDT weight file, method " + s.get("method") + ": " + s.get("trees") + " trees, BoostType "
                    + s.get("boost_type") + "; split: " + s.get("split") + "; leaf value: " + s.get("leaf_value")
                    + "; response: " + s.get("response") + ". Evaluated by Capsule as TMVA's Reader does.";
        }
        if (runner instanceof LwtnnRunner) {
            Map<String, String> s = runner.settings().settings();
            return "lwtnn " + s.get("structure") + " network; layers: " + s.get("layers")
                    + ". Evaluated by Capsule as lwtnn does.";
        }
        return null;
    }

    /** The elements of {@code input}'s last axis as the file names them; empty for ONNX. */
    static List<TemplateFeature> features(ModelRunner runner, TensorSpec input) {
        List<TemplateFeature> features = new ArrayList<>();
        if (runner instanceof TmvaBdtRunner tmva) {
            List<String> names = tmva.variables();
            List<String> facts = tmva.variableFacts();
            for (int i = 0; i < names.size(); i++) {
                features.add(
                        new TemplateFeature(names.get(i), facts.get(i) + "; passed as float32 without transformation"));
            }
        } else if (runner instanceof LwtnnRunner lwtnn) {
            List<String> names = lwtnn.variables(input.name());
            List<String> preparations = lwtnn.preparations(input.name());
            for (int i = 0; i < names.size(); i++) {
                features.add(new TemplateFeature(
                        names.get(i),
                        preparations.get(i) + " (inside the evaluator: the input is the physical value)"));
            }
        }
        return features;
    }

    /** What the file says about {@code output}; {@code null} for ONNX. */
    static String note(ModelRunner runner, TensorSpec output) {
        if (runner instanceof TmvaBdtRunner) {
            Map<String, String> s = runner.settings().settings();
            return "the BDT response " + s.get("response") + "; " + s.get("nan_input");
        }
        if (runner instanceof LwtnnRunner lwtnn) {
            return "the lwtnn output labels, in order: " + String.join(", ", lwtnn.labels(output.name()));
        }
        return null;
    }
}
