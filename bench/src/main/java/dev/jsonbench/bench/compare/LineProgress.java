package dev.jsonbench.bench.compare;

import dev.jsonbench.bench.orchestra.Job;
import dev.jsonbench.bench.orchestra.Orchestrator;
import dev.jsonbench.bench.orchestra.RunOutcome;
import java.io.PrintWriter;
import java.time.Duration;

/** Progress of {@code jsonbench reproduce article} on stderr: one line per process, problems on lines of their own. */
final class LineProgress implements Orchestrator.Listener {

    private final PrintWriter err;
    private final long started = System.nanoTime();

    LineProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void starting(Job job, int index, int total, Duration eta) {
        int digits = Integer.toString(total).length();
        err.printf("[%" + digits + "d/%d] %s (%s)%s%n", index, total, job.describe(false), job.contestant().language(),
                eta == null ? "" : "  (ETA " + format(eta) + ")");
        err.flush();
    }

    @Override
    public void finished(Job job, RunOutcome outcome, int index, int total) {
        if (!outcome.ok()) {
            err.println("  " + job.describe(false) + ": " + outcome.status() + ": " + outcome.reason());
            err.flush();
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
