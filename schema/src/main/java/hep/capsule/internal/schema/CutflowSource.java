package hep.capsule.internal.schema;

/** Where a cutflow's numbers come from. */
public enum CutflowSource implements DescriptorEnum {
    /** Re-derived from the models' reference events, from the first stage with a cut on. */
    REFERENCE_EVENTS("reference_events"),
    /** Published (usually a HEPData table): carried and shown, never re-derived. */
    PAPER("paper");

    private final String descriptorName;

    CutflowSource(String descriptorName) {
        this.descriptorName = descriptorName;
    }

    @Override
    public String descriptorName() {
        return descriptorName;
    }
}
