package hep.capsule.internal.schema;

/**
 * What a model file itself says about one element of an input's last axis, for {@code capsule init}.
 *
 * @param name the variable's name in the model file
 * @param note facts the file gives that a person should know when filling the other fields, or {@code null}
 */
public record TemplateFeature(String name, String note) {}
