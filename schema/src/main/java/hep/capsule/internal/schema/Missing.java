package hep.capsule.internal.schema;

/**
 * The marker {@code MISSING} that {@code capsule init} writes for every value a person still has to fill in. Text
 * values keep it literally; structured values that are MISSING are read as {@code Optional.empty()}.
 */
public final class Missing {

    /** The marker itself. */
    public static final String MARKER = "MISSING";

    private Missing() {}

    /** True when {@code value} is the MISSING marker. */
    public static boolean is(String value) {
        return MARKER.equals(value);
    }
}
