package hep.capsule.internal.runner;

/**
 * How many bytes of tensors executing one model may hold at once: the model's constants, its inputs and every
 * intermediate tensor alive at the same time. A hostile model can ask for any amount (a {@code ConstantOfShape} of
 * 20000 x 100000 floats is 8 GB in a 15 KB file), so it is sized before it runs and checked while the portable witness
 * runs it.
 *
 * @param bytes the budget, at least 1
 */
public record ModelMemoryBudget(long bytes) {
    /** 2 GiB: the bundled models need at most 244,108 bytes of tensors at a batch of 1024 events. */
    public static final ModelMemoryBudget DEFAULT = new ModelMemoryBudget(2L << 30);

    /** The command-line option that changes the budget, for messages. */
    public static final String OPTION = "--max-model-memory";

    public ModelMemoryBudget {
        if (bytes < 1) {
            throw new IllegalArgumentException("a model memory budget is at least 1 byte, not " + bytes);
        }
    }

    public boolean allows(long size) {
        return size <= bytes;
    }

    /** For messages: {@code "the model memory budget of 2 GiB (--max-model-memory)"}. */
    public String describe() {
        return "the model memory budget of " + readable(bytes) + " (" + OPTION + ")";
    }

    /** A byte count for people: {@code 2 GiB} when exact, else {@code 8000000000 bytes (7.45 GiB)}. */
    public static String readable(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        for (int i = units.length; i >= 1; i--) {
            long unit = 1L << (10 * i);
            if (bytes >= unit) {
                return bytes % unit == 0
                        ? (bytes / unit) + " " + units[i - 1]
                        : bytes + " bytes (" + String.format(java.util.Locale.ROOT, "%.2f", (double) bytes / unit) + " "
                                + units[i - 1] + ")";
            }
        }
        return bytes + " bytes";
    }
}
