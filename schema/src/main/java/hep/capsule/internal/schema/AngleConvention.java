package hep.capsule.internal.schema;

/** The interval an angle feature (unit rad) is expressed in. */
public enum AngleConvention implements DescriptorEnum {
    MINUS_PI_TO_PI("-pi..pi"),
    ZERO_TO_TWO_PI("0..2pi");

    private final String descriptorName;

    AngleConvention(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
