package hep.capsule.publishing.lint.rules;

import hep.capsule.schema.Descriptor;
import hep.capsule.schema.FeatureSpec;
import hep.capsule.schema.InputSpec;
import hep.capsule.schema.ModelSpec;
import hep.capsule.schema.OutputSpec;
import java.util.ArrayList;
import java.util.List;

/** The models, inputs, features and outputs of a descriptor with their positions, for locating findings. */
final class Places {
    private Places() {
    }

    record ModelAt(int m, ModelSpec model) {
        Object[] path(Object... more) {
            Object[] steps = new Object[2 + more.length];
            steps[0] = "models";
            steps[1] = m;
            System.arraycopy(more, 0, steps, 2, more.length);
            return steps;
        }
    }

    record InputAt(ModelAt model, int i, InputSpec input) {
        Object[] path(Object... more) {
            Object[] steps = new Object[2 + more.length];
            steps[0] = "inputs";
            steps[1] = i;
            System.arraycopy(more, 0, steps, 2, more.length);
            return model.path(steps);
        }
    }

    record FeatureAt(InputAt input, int f, FeatureSpec feature) {
        Object[] path(Object... more) {
            Object[] steps = new Object[2 + more.length];
            steps[0] = "features";
            steps[1] = f;
            System.arraycopy(more, 0, steps, 2, more.length);
            return input.path(steps);
        }
    }

    record OutputAt(ModelAt model, int o, OutputSpec output) {
        Object[] path(Object... more) {
            Object[] steps = new Object[2 + more.length];
            steps[0] = "outputs";
            steps[1] = o;
            System.arraycopy(more, 0, steps, 2, more.length);
            return model.path(steps);
        }
    }

    static List<ModelAt> models(Descriptor d) {
        List<ModelAt> models = new ArrayList<>();
        for (int m = 0; m < d.models().size(); m++) {
            models.add(new ModelAt(m, d.models().get(m)));
        }
        return models;
    }

    /** The inputs of the original models (a twin's inputs are its original's). */
    static List<InputAt> inputs(Descriptor d) {
        List<InputAt> inputs = new ArrayList<>();
        for (ModelAt model : models(d)) {
            for (int i = 0; model.model().twinOf().isEmpty() && i < model.model().inputs().size(); i++) {
                inputs.add(new InputAt(model, i, model.model().inputs().get(i)));
            }
        }
        return inputs;
    }

    static List<FeatureAt> features(Descriptor d) {
        List<FeatureAt> features = new ArrayList<>();
        for (InputAt input : inputs(d)) {
            for (int f = 0; f < input.input().features().size(); f++) {
                features.add(new FeatureAt(input, f, input.input().features().get(f)));
            }
        }
        return features;
    }

    /** The outputs of the original models. */
    static List<OutputAt> outputs(Descriptor d) {
        List<OutputAt> outputs = new ArrayList<>();
        for (ModelAt model : models(d)) {
            for (int o = 0; model.model().twinOf().isEmpty() && o < model.model().outputs().size(); o++) {
                outputs.add(new OutputAt(model, o, model.model().outputs().get(o)));
            }
        }
        return outputs;
    }
}
