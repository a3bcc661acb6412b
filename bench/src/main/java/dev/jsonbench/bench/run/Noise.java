package dev.jsonbench.bench.run;

import dev.jsonbench.bench.report.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a measured time may be noise rather than the parser: flags on a run, and warnings on a result. On a shared
 * 2-core machine the same run varies up to 2x; these say which figures to distrust and what to do about it.
 */
public final class Noise {

    /**
     * A run whose thread waited this much longer than it computed (wall time minus collector pauses, over thread CPU
     * time) was not running on a CPU of its own: other load or steal.
     */
    public static final double WAIT_RATIO = 1.15;
    /** A run during which the hypervisor stole more than this share of the CPUs. */
    public static final double STEAL_PERCENT = 5.0;
    /**
     * Runs whose slowest is this many times the fastest spread too wide to rank rows a few percent apart. (The load
     * average is recorded with every run but flags nothing: it lags by a minute and counts the benchmark itself.)
     */
    public static final double WIDE_SPREAD = 1.5;

    private Noise() {
    }

    /** Why one run's time may be noise; empty when nothing says so. */
    public static List<String> flags(long elapsedNs, Long cpuNs, Double gcPauseMs, Double stealPercent) {
        List<String> flags = new ArrayList<>();
        if (cpuNs != null && cpuNs > 0) {
            double waited = (elapsedNs - (gcPauseMs == null ? 0 : gcPauseMs * 1e6)) / cpuNs;
            if (waited > WAIT_RATIO) {
                flags.add(String.format(Locale.ROOT, "waited: wall %.2fx its CPU time", waited));
            }
        }
        if (stealPercent != null && stealPercent > STEAL_PERCENT) {
            flags.add(String.format(Locale.ROOT, "steal %.1f%%", stealPercent));
        }
        return flags;
    }

    /**
     * What a result's reader should know about its time, with what to do: flagged runs, too few runs for the
     * confidence asked, a wide spread.
     */
    public static List<String> warnings(Result.Timing timing, double confidence) {
        List<String> warnings = new ArrayList<>();
        long flagged = timing.runs().stream().filter(r -> !r.flags().isEmpty()).count();
        if (flagged > 0) {
            // the kind of each flag ("waited", "steal", "load"), without its figures, so that notes of rows group
            List<String> kinds = timing.runs().stream().flatMap(r -> r.flags().stream()).map(f -> f.split(":| ")[0])
                    .distinct().toList();
            warnings.add(flagged + " of " + timing.runs().size() + " runs ran on a busy machine (" + String.join(", ", kinds)
                    + "; see timing.runs in results.json): rerun on a quieter machine, or rank by CPU time (--time cpu)");
        }
        if (timing.nsPerOpInterval() != null && timing.nsPerOpInterval().level() < confidence) {
            int runs = timing.runsNs().size();
            warnings.add(String.format(Locale.ROOT, "%d %s a %.2f%% interval, not %.0f%%: use --runs %d or more", runs,
                    runs == 1 ? "run gives" : "runs give", 100 * timing.nsPerOpInterval().level(), 100 * confidence,
                    runsFor(confidence)));
        }
        if (timing.totalMs() != null && timing.totalMs().max() > WIDE_SPREAD * timing.totalMs().min()) {
            warnings.add(String.format(Locale.ROOT, "wide spread: the slowest run took %.1fx the fastest; differences "
                    + "below that are not decided by this run", timing.totalMs().max() / timing.totalMs().min()));
        }
        return warnings;
    }

    /** The fewest runs whose min..max interval reaches {@code confidence}: {@code 1 - 2 / 2^n >= confidence}. */
    static int runsFor(double confidence) {
        int n = 1;
        while (1 - 2 / Math.pow(2, n) < confidence) {
            n++;
        }
        return n;
    }
}
