package hep.capsule.internal.schema;

/** What an attached analysis file is. */
public enum FileRole implements DescriptorEnum {
    SIGNAL_MODEL("signal_model"),
    RUN_CARD("run_card"),
    PROCESS_CARD("process_card"),
    SHOWER_CARD("shower_card"),
    CUTFLOW("cutflow"),
    NOTE("note"),
    CODE("code");

    private final String descriptorName;

    FileRole(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
