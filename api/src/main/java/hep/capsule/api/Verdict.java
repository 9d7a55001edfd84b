package hep.capsule.api;

/** The outcome of verifying one capsule, from best to worst. */
public enum Verdict {
    /** An integrity-only check found the archive safe, complete, unaltered and well-formed; nothing was executed. */
    INTACT,
    /** Every recomputed output is bit-identical to the stored one. */
    REPRODUCED,
    /** Some output differs, but only within a tolerance the capsule declares for it. */
    REPRODUCED_WITHIN_TOLERANCE,
    /** Some output differs beyond what the capsule declares acceptable. */
    NOT_REPRODUCED,
    /** The archive is unsafe, incomplete, altered or malformed: nothing in it can be trusted. */
    INVALID;

    /**
     * Whether this verdict is a success: {@link #INTACT}, {@link #REPRODUCED} or {@link #REPRODUCED_WITHIN_TOLERANCE}.
     */
    public boolean isSuccess() {
        return hep.capsule.internal.verifier.report.Verdict.valueOf(name()).isSuccess();
    }
}
