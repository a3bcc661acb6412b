package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.stats.Interval;
import dev.jsonbench.bench.stats.RatioComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks the ok results of each document and mode: every result against a reference (the fastest by median, or the
 * one named), as a ratio with its interval ({@link RatioComparison}); then, fastest first, a result opens a new rank
 * only when it is significantly slower than the first result of the current rank, and otherwise shares that rank
 * (a tie, {@code ~}). Two rows are never ranked apart on a difference the runs cannot tell from noise.
 */
public final class Comparisons {

    private Comparisons() {
    }

    public static List<Result> rank(List<Result> results, Analysis analysis) {
        Map<Group, List<Result>> groups = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.ok() && series(r, analysis) != null) {
                groups.computeIfAbsent(new Group(r.fixture(), r.mode()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Result, Result.Relative> relatives = new HashMap<>();
        for (List<Result> group : groups.values()) {
            List<Result> fastestFirst = new ArrayList<>(group);
            fastestFirst.sort(Comparator.comparingDouble(r -> median(r, analysis)));
            Result reference = fastestFirst.stream().filter(r -> r.runner().equals(analysis.reference())).findFirst()
                    .orElse(fastestFirst.getFirst());
            int rank = 1;
            Result leader = fastestFirst.getFirst();
            for (Result r : fastestFirst) {
                boolean tie = false;
                if (r != leader) {
                    RatioComparison againstLeader = compare(r, leader, analysis);
                    if (againstLeader.significant(analysis.confidence()) && againstLeader.ratio() > 1) {
                        rank++;
                        leader = r;
                    } else {
                        tie = true;
                    }
                }
                relatives.put(r, relative(r, reference, rank, tie, analysis));
            }
        }
        return results.stream().map(r -> relatives.containsKey(r) ? r.withTiming(r.timing().withRelative(relatives.get(r)))
                : r).toList();
    }

    private static Result.Relative relative(Result r, Result reference, int rank, boolean tie, Analysis analysis) {
        if (r == reference) {
            return new Result.Relative(reference.runner(), 1.0, new Interval(1, 1, analysis.confidence()), 1.0, rank, tie);
        }
        RatioComparison c = compare(r, reference, analysis);
        return new Result.Relative(reference.runner(), c.ratio(), c.interval(), c.pValue(), rank, tie);
    }

    private static RatioComparison compare(Result a, Result b, Analysis analysis) {
        return RatioComparison.of(series(a, analysis), series(b, analysis), analysis.confidence());
    }

    /** The runs' totals on the time basis of the analysis; null when a run lacks them. */
    static double[] series(Result r, Analysis analysis) {
        List<Result.Run> runs = r.timing().runs();
        if (runs.isEmpty()) {
            return null;
        }
        if (analysis.basis() == Analysis.TimeBasis.wall) {
            return runs.stream().mapToDouble(Result.Run::elapsedNs).toArray();
        }
        if (runs.stream().map(Result.Run::cpuNs).anyMatch(Objects::isNull)) {
            return null;
        }
        return runs.stream().mapToDouble(Result.Run::cpuNs).toArray();
    }

    private static double median(Result r, Analysis analysis) {
        return analysis.basis() == Analysis.TimeBasis.wall ? r.timing().nsPerOp() : r.timing().cpuNsPerOp();
    }

    /** Results are ranked among those of the same document and mode. */
    private record Group(String fixture, Mode mode) {
    }
}
