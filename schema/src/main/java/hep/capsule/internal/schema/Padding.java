package hep.capsule.internal.schema;

/** The value a feature gets in an event where it does not exist (e.g. the 4th jet of a 3-jet event). */
public sealed interface Padding {

    /** The feature always exists; there is no padding. */
    record None() implements Padding {}

    /**
     * @param value the physical value written instead
     * @param appliesWhen when that happens, in words
     */
    record Value(double value, String appliesWhen) implements Padding {}
}
