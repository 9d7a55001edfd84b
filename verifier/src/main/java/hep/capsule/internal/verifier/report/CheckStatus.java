package hep.capsule.internal.verifier.report;

/** How one verification check ended. */
public enum CheckStatus {
    PASSED,
    FAILED,
    /** Not run, because an earlier check failed or the caller asked for fewer checks. */
    SKIPPED
}
