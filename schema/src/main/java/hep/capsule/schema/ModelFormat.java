package hep.capsule.schema;

/** The file format of an archived model. */
public enum ModelFormat implements DescriptorEnum {
    ONNX("onnx");

    private final String descriptorName;

    ModelFormat(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
