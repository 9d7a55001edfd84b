package hep.capsule.internal.verifier.report;

/**
 * The outcome of verifying one archive, from best to worst. Each has its own exit code, except that the successful
 * verdicts share 0 unless the caller asks for exactness.
 */
public enum Verdict {
    /**
     * A fixity check ({@code --integrity-only}) found the archive safe, complete, unaltered and well-formed; nothing
     * was executed, so nothing is said about reproduction.
     */
    INTACT(0),
    /** Every recomputed output is bit-identical to the stored one. */
    REPRODUCED(0),
    /** Some output differs, but only within a tolerance the capsule declares for it. */
    REPRODUCED_WITHIN_TOLERANCE(0),
    /** Some output differs beyond what the capsule declares acceptable. */
    NOT_REPRODUCED(3),
    /** The archive is unsafe, incomplete, altered or malformed: nothing in it can be trusted. */
    INVALID(4);

    /** The exit code of {@link #REPRODUCED_WITHIN_TOLERANCE} when the caller demands bit-exactness. */
    public static final int EXIT_WITHIN_TOLERANCE_WHEN_EXACT = 5;

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode(boolean exactRequired) {
        return this == REPRODUCED_WITHIN_TOLERANCE && exactRequired ? EXIT_WITHIN_TOLERANCE_WHEN_EXACT : exitCode;
    }

    public boolean isSuccess() {
        return exitCode == 0;
    }

    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
