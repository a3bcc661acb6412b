package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.stats.Interval;
import dev.jsonbench.bench.stats.RatioComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the time per decode of one row changed, judged as benchstat judges: the Hodges–Lehmann estimate of new / base
 * over every pair of runs, its interval from the exact Mann–Whitney distribution, and the Mann–Whitney p-value
 * ({@link RatioComparison}). Runs of different iteration counts compare per decode.
 *
 * @param basis         wall or cpu: which time of the runs was compared
 * @param baseNsPerOp   the base's median per decode on that basis
 * @param baseInterval  its confidence interval
 * @param newNsPerOp    the new median per decode
 * @param newInterval   its confidence interval
 * @param baseRuns      runs on the base side
 * @param newRuns       runs on the new side
 * @param ratio         new / base (1.30: 30 % slower)
 * @param ratioInterval its confidence interval
 * @param pValue        two-sided p-value of "no change"
 * @param significant   whether {@code pValue < 1 - confidence}
 * @param verdict       improved or regressed when significant and beyond the threshold, else unchanged
 */
public record TimeChange(Analysis.TimeBasis basis, double baseNsPerOp, Interval baseInterval, double newNsPerOp,
                         Interval newInterval, int baseRuns, int newRuns, double ratio, Interval ratioInterval,
                         double pValue, boolean significant, Verdict verdict) {

    /** The change between two measured rows, or null when either has no runs on any common basis. */
    static TimeChange of(Result base, Result head, Criteria criteria, List<String> notes) {
        Analysis.TimeBasis basis = criteria.timeBasis();
        if (basis == Analysis.TimeBasis.cpu && (cpuPerOp(base) == null || cpuPerOp(head) == null)) {
            notes.add("thread CPU time missing on the " + (cpuPerOp(base) == null ? "base" : "new")
                    + " side: wall time compared");
            basis = Analysis.TimeBasis.wall;
        }
        double[] b = perOp(base, basis);
        double[] h = perOp(head, basis);
        if (b == null || h == null) {
            return null;
        }
        RatioComparison change = RatioComparison.of(h, b, criteria.confidence());
        boolean significant = change.significant(criteria.confidence());
        double alpha = 1 - criteria.confidence();
        double smallest = smallestPValue(b.length, h.length);
        if (smallest >= alpha) {
            notes.add(String.format(Locale.ROOT, "%d and %d runs cannot show a significant time change at %s confidence "
                            + "(smallest p-value %.3f): measure 5 or more runs a side, or compare with a baseline of more runs",
                    b.length, h.length, ChangeFigures.number(criteria.confidence() * 100) + "%", smallest));
        }
        Verdict verdict = !significant ? Verdict.unchanged
                : change.ratio() > 1 + criteria.threshold() ? Verdict.regressed
                : change.ratio() < 1 / (1 + criteria.threshold()) ? Verdict.improved
                : Verdict.unchanged;
        boolean wall = basis == Analysis.TimeBasis.wall;
        Result.Timing bt = base.timing();
        Result.Timing ht = head.timing();
        return new TimeChange(basis, wall ? bt.nsPerOp() : bt.cpuNsPerOp(), wall ? bt.nsPerOpInterval() : bt.cpuNsPerOpInterval(),
                wall ? ht.nsPerOp() : ht.cpuNsPerOp(), wall ? ht.nsPerOpInterval() : ht.cpuNsPerOpInterval(), b.length, h.length,
                change.ratio(), change.interval(), change.pValue(), significant, verdict);
    }

    /**
     * The smallest two-sided p-value the exact Mann–Whitney test can give for samples of n and m values, when every value
     * of one is below every value of the other: {@code 2 / C(n + m, n)}.
     */
    static double smallestPValue(int n, int m) {
        double arrangements = 1;
        for (int i = 1; i <= n; i++) {
            arrangements = arrangements * (m + i) / i;
        }
        return Math.min(1, 2 / arrangements);
    }

    /** Each run's time per decode on {@code basis}, or null when the row has none. */
    private static double[] perOp(Result result, Analysis.TimeBasis basis) {
        List<Double> values = new ArrayList<>();
        long iterations = result.iterations();
        if (iterations < 1) {
            return null;
        }
        if (basis == Analysis.TimeBasis.wall) {
            result.timing().runsNs().forEach(ns -> values.add(ns / (double) iterations));
        } else {
            result.timing().runs().stream().map(Result.Run::cpuNs).filter(Objects::nonNull)
                    .forEach(ns -> values.add(ns / (double) iterations));
        }
        values.removeIf(v -> !(v > 0));
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Double cpuPerOp(Result result) {
        List<Result.Run> runs = result.timing().runs();
        return runs.isEmpty() || runs.stream().anyMatch(r -> r.cpuNs() == null) ? null : result.timing().cpuNsPerOp();
    }
}
