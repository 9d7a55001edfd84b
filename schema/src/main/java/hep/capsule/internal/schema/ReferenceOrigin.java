package hep.capsule.internal.schema;

/** How the reference inputs of a capsule were obtained. */
public enum ReferenceOrigin implements DescriptorEnum {
    SYNTHETIC("synthetic"),
    SIMULATED("simulated"),
    RECORDED("recorded");

    private final String descriptorName;

    ReferenceOrigin(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
