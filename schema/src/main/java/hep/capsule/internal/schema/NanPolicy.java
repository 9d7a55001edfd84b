package hep.capsule.internal.schema;

/** What happens to a NaN value of a feature before it reaches the model. */
public enum NanPolicy implements DescriptorEnum {
    NOT_EXPECTED("not_expected"),
    REPLACED_BY_PADDING("replaced_by_padding"),
    PASSED_TO_MODEL("passed_to_model");

    private final String descriptorName;

    NanPolicy(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
