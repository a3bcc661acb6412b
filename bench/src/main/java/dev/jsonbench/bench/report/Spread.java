package dev.jsonbench.bench.report;

import dev.jsonbench.bench.stats.Stats;
import java.util.List;

/** Minimum, median and maximum of the runs' totals, in milliseconds. */
public record Spread(double min, double median, double max) {

    public static Spread ofNanosAsMillis(List<Long> nanos) {
        return new Spread(Stats.min(nanos) / 1e6, Stats.median(nanos) / 1e6, Stats.max(nanos) / 1e6);
    }
}
