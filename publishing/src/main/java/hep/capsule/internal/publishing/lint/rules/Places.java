package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import java.util.ArrayList;
import java.util.List;

/** The models, inputs, features and outputs of a descriptor with their positions, for locating findings. */
final class Places {
    private Places() {}

    record ModelAt(int m, ModelSpec model) {
        Object[] path(Object... more) {
            return join(new Object[] {"models", m}, more);
        }
    }

    record InputAt(ModelAt model, int i, InputSpec input) {
        Object[] path(Object... more) {
            return model.path(join(new Object[] {"inputs", i}, more));
        }
    }

    record FeatureAt(InputAt input, int f, FeatureSpec feature) {
        Object[] path(Object... more) {
            return input.path(join(new Object[] {"features", f}, more));
        }
    }

    record OutputAt(ModelAt model, int o, OutputSpec output) {
        Object[] path(Object... more) {
            return model.path(join(new Object[] {"outputs", o}, more));
        }
    }

    private static Object[] join(Object[] first, Object[] more) {
        Object[] steps = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, steps, first.length, more.length);
        return steps;
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
            for (int i = 0;
                    model.model().twinOf().isEmpty()
                            && i < model.model().inputs().size();
                    i++) {
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
            for (int o = 0;
                    model.model().twinOf().isEmpty()
                            && o < model.model().outputs().size();
                    o++) {
                outputs.add(new OutputAt(model, o, model.model().outputs().get(o)));
            }
        }
        return outputs;
    }
}
