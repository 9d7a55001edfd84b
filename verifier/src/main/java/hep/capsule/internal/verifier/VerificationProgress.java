package hep.capsule.internal.verifier;

/**
 * Told how far a verification has got, while it runs: for progress bars and time estimates. Called from the verifying
 * thread; the counts are increments, not totals.
 */
public interface VerificationProgress {
    /** Ignores everything. */
    VerificationProgress NONE = new VerificationProgress() {
        @Override
        public void hashed(long bytes) {}

        @Override
        public void executed(long events) {}
    };

    /** {@code bytes} more decompressed bytes of the archive were read and checksummed. */
    void hashed(long bytes);

    /** {@code events} more reference events went through a model. */
    void executed(long events);
}
