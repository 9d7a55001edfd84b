package hep.capsule.internal.schema.slha;

/**
 * What the SLHA reader accepts, so that a hostile card cannot exhaust memory.
 *
 * @param maxBytes bytes of the whole file
 * @param maxLineBytes bytes of one line (without its line end)
 * @param maxRows block entries and decay channels together
 */
public record SlhaLimits(long maxBytes, int maxLineBytes, int maxRows) {
    public static final SlhaLimits DEFAULT = new SlhaLimits(16L << 20, 4096, 200_000);
}
