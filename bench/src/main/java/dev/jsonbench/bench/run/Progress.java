package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Status;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a run on stderr: one line redrawn in place on a terminal, a line per process otherwise. Problems
 * (a failed or wrong run) are printed as lines of their own either way. The parent prints; a measured process never
 * does.
 */
public final class Progress implements Orchestrator.Listener {

    private final PrintWriter err;
    private final boolean live;
    private final boolean withFixture;
    private final boolean withLanguage;
    private final long started = System.nanoTime();
    private int width;

    /**
     * @param live         redraw one line (stderr is a terminal)
     * @param withFixture  name the document in each line (several are measured)
     * @param withLanguage name the contestant's language in each line (several take part)
     */
    public Progress(PrintWriter err, boolean live, boolean withFixture, boolean withLanguage) {
        this.err = err;
        this.live = live;
        this.withFixture = withFixture;
        this.withLanguage = withLanguage;
    }

    /** Whether this process's stderr is a terminal, where a live line can be redrawn. */
    public static boolean terminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    @Override
    public void starting(Job job, int index, int total, Duration eta) {
        int digits = Integer.toString(total).length();
        String line = String.format("[%" + digits + "d/%d] %s%s%s", index, total, job.describe(withFixture),
                withLanguage ? " (" + job.contestant().language() + ")" : "", eta == null ? "" : "  (ETA " + format(eta) + ")");
        if (live) {
            err.print("\r" + line + " ".repeat(Math.max(0, this.width - line.length())));
            this.width = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void finished(Job job, RunOutcome outcome, int index, int total) {
        if (!outcome.ok() && outcome.status() != Status.interrupted) {
            clear();
            err.println("  " + job.describe(withFixture) + ": " + outcome.status() + ": " + outcome.reason());
            err.flush();
        }
    }

    /** Removes the live line (before the report is printed) and says how long the run took. */
    public void done() {
        clear();
        err.println("Measured in " + format(Duration.ofNanos(System.nanoTime() - started)) + ".");
        err.flush();
    }

    private void clear() {
        if (live && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    public static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
