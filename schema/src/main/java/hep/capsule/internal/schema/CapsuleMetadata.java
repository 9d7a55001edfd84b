package hep.capsule.internal.schema;

import java.util.List;

/**
 * Reads the canonical capsule.json archived in a capsule, validating it against the descriptor format version it
 * declares. Writing it is {@link CanonicalJson#write}.
 */
public final class CapsuleMetadata {

    private CapsuleMetadata() {}

    /**
     * @param json the bytes of capsule.json
     * @param displayName the name problems are reported under, e.g. {@code capsule.zip!/capsule.json}
     */
    public static LoadedDescriptor read(byte[] json, String displayName) throws DescriptorException {
        return read(json, displayName, DescriptorLimits.DEFAULT);
    }

    public static LoadedDescriptor read(byte[] json, String displayName, DescriptorLimits limits)
            throws DescriptorException {
        String text = DescriptorText.decode(json, displayName, limits);
        return DescriptorValidation.validate(JsonTreeReader.read(text, displayName, limits), List.of());
    }
}
