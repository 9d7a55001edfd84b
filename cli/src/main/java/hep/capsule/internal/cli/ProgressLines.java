package hep.capsule.internal.cli;

import hep.capsule.internal.verifier.VerificationProgress;
import java.io.PrintStream;
import java.util.Optional;

/**
 * How a worker tells its parent how far it has got: lines {@code hashed BYTES} and {@code executed EVENTS} on its
 * standard output (increments), at most a few per second.
 */
final class ProgressLines implements VerificationProgress {
    private static final String HASHED = "hashed ";
    private static final String EXECUTED = "executed ";
    private static final long INTERVAL_NANOS = 200_000_000L;

    /** One line read back: increments of bytes hashed and events executed. */
    record Increment(long bytes, long events) {}

    private final PrintStream out;
    private long bytes;
    private long events;
    private long lastWritten = System.nanoTime();

    ProgressLines(PrintStream out) {
        this.out = out;
    }

    static Optional<Increment> parse(String line) {
        try {
            if (line.startsWith(HASHED)) {
                return Optional.of(new Increment(Long.parseLong(line.substring(HASHED.length())), 0));
            }
            if (line.startsWith(EXECUTED)) {
                return Optional.of(new Increment(0, Long.parseLong(line.substring(EXECUTED.length()))));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public void hashed(long more) {
        bytes += more;
        writeWhenDue();
    }

    @Override
    public void executed(long more) {
        events += more;
        writeWhenDue();
    }

    private void writeWhenDue() {
        if (System.nanoTime() - lastWritten >= INTERVAL_NANOS) {
            flush();
        }
    }

    /** Writes what has not been told yet. */
    void flush() {
        if (bytes > 0) {
            out.println(HASHED + bytes);
        }
        if (events > 0) {
            out.println(EXECUTED + events);
        }
        out.flush();
        bytes = 0;
        events = 0;
        lastWritten = System.nanoTime();
    }
}
