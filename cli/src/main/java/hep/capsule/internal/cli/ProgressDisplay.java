package hep.capsule.internal.cli;

import hep.capsule.internal.verifier.VerificationProgress;
import hep.capsule.internal.verifier.report.ArchiveReport;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how a run over many archives is going: one line per finished archive, and, on a terminal, a progress bar below
 * them (archives done, bytes hashed, events executed, time left), redrawn twice a second. Safe to call from every
 * worker's thread.
 */
final class ProgressDisplay implements VerificationProgress, AutoCloseable {
    private static final int BAR_WIDTH = 24;

    private final PrintStream lines;
    private final Optional<PrintStream> terminal;
    private final int archives;
    private final long archiveBytes;
    private final long start = System.nanoTime();
    private final AtomicLong hashed = new AtomicLong();
    private final AtomicLong executed = new AtomicLong();
    private final ScheduledExecutorService redraw;
    private int done;
    private long doneArchiveBytes;

    /**
     * @param lines where the finished archives are listed
     * @param terminal where the bar is drawn, if there is a terminal to draw it on
     * @param archives how many archives the run covers
     * @param archiveBytes their total size on disk, for the time estimate
     */
    ProgressDisplay(PrintStream lines, Optional<PrintStream> terminal, int archives, long archiveBytes) {
        this.lines = lines;
        this.terminal = terminal;
        this.archives = archives;
        this.archiveBytes = archiveBytes;
        this.redraw = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress bar");
            thread.setDaemon(true);
            return thread;
        });
        terminal.ifPresent(t -> redraw.scheduleAtFixedRate(this::drawBar, 0, 500, TimeUnit.MILLISECONDS));
    }

    @Override
    public void hashed(long bytes) {
        hashed.addAndGet(bytes);
    }

    @Override
    public void executed(long events) {
        executed.addAndGet(events);
    }

    synchronized void finished(ArchiveReport report, long sizeOnDisk) {
        done++;
        doneArchiveBytes += sizeOnDisk;
        clearBar();
        lines.printf(
                Locale.ROOT,
                "[%d/%d] %s: %s (%.1f s)%s%n",
                done,
                archives,
                report.path(),
                report.verdict(),
                report.seconds(),
                report.verdict().isSuccess() ? "" : " " + report.reason());
        lines.flush();
        drawBar();
    }

    private synchronized void drawBar() {
        terminal.ifPresent(t -> {
            int filled = archives == 0 ? 0 : BAR_WIDTH * done / archives;
            t.print("\r[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/" + archives
                    + " archives, "
                    + Quantities.bytes(hashed.get()) + " hashed, " + Quantities.count(executed.get())
                    + " events executed, " + timeLeft()
                    + "\033[K");
            t.flush();
        });
    }

    private void clearBar() {
        terminal.ifPresent(t -> {
            t.print("\r\033[K");
            t.flush();
        });
    }

    /** From the share of the archives' bytes that is done so far. */
    private String timeLeft() {
        if (doneArchiveBytes == 0) {
            return "time left unknown yet";
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return Quantities.duration(elapsed * (archiveBytes - doneArchiveBytes) / doneArchiveBytes) + " left";
    }

    @Override
    public synchronized void close() {
        redraw.shutdownNow();
        clearBar();
    }
}
