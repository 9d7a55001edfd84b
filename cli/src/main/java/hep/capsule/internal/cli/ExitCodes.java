package hep.capsule.internal.cli;

/** Exit codes shared by every sub-command; verify adds the verdict codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    /** verify --require-signature: some archive has no TRUSTED signature. */
    static final int NOT_SIGNED_BY_TRUSTED_KEY = 6;
    /** lint: some finding is an error (with --strict: an error or a warning). */
    static final int LINT_ERRORS = 7;

    private ExitCodes() {}
}
