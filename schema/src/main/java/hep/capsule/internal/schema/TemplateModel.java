package hep.capsule.internal.schema;

import java.util.List;

/**
 * A model as {@code capsule init} reads it from its file.
 *
 * @param file file name of the model, relative to capsule.yaml
 * @param format the model's format
 * @param description what the file says about how the model computes, or {@code null} when it says nothing
 * @param inputs the model's inputs in order, each with its reference NPY file
 * @param outputs the model's outputs in order
 */
public record TemplateModel(
        String file,
        ModelFormat format,
        String description,
        List<TemplateTensor> inputs,
        List<TemplateTensor> outputs) {

    public TemplateModel {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
