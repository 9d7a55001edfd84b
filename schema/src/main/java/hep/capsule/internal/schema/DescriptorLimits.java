package hep.capsule.internal.schema;

/**
 * Bounds on what a descriptor file may be, so that a hostile or broken file fails fast instead of exhausting memory.
 *
 * @param maxBytes largest accepted file size (also the limit in characters)
 * @param maxNestingDepth deepest accepted nesting of lists and mappings
 * @param maxAliases most YAML aliases to lists or mappings (a descriptor needs none; this stops the "billion laughs"
 *     expansion)
 */
public record DescriptorLimits(int maxBytes, int maxNestingDepth, int maxAliases) {

    public static final DescriptorLimits DEFAULT = new DescriptorLimits(4 * 1024 * 1024, 64, 20);

    public DescriptorLimits {
        if (maxBytes < 1 || maxNestingDepth < 1 || maxAliases < 0) {
            throw new IllegalArgumentException("descriptor limits must be positive: " + maxBytes + " bytes, depth "
                    + maxNestingDepth + ", " + maxAliases + " aliases");
        }
    }

    /** A descriptor of this many bytes is refused before it is read. */
    public void requireSize(long bytes, String file) throws DescriptorException {
        DescriptorText.checkSize(bytes, file, this);
    }

    /** These limits with another largest file size, e.g. from {@code --max-descriptor-size}. */
    public DescriptorLimits withMaxBytes(int bytes) {
        return new DescriptorLimits(bytes, maxNestingDepth, maxAliases);
    }

    String describe() {
        return "at most " + maxBytes + " bytes, nesting depth " + maxNestingDepth + ", " + maxAliases
                + " aliases to lists or mappings";
    }
}
