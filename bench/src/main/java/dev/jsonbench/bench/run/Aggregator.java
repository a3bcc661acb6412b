package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.Spread;
import dev.jsonbench.bench.stats.Interval;
import dev.jsonbench.bench.stats.MedianInterval;
import dev.jsonbench.bench.stats.Stats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the runs of one contestant, mode and document into one {@link Result}.
 *
 * <ul>
 *   <li>status: {@code wrong} if any run's digest differed; else {@code failed} if any timed run failed
 *       (the figures of the runs that worked are still given); else {@code ok}. A failed counting run alone
 *       leaves the result ok with no allocation count.</li>
 *   <li>time: median of the runs with a distribution-free interval, wall and thread CPU time; each run with the
 *       machine's conditions and noise flags ({@link Noise}).</li>
 *   <li>allocations: the counting run's figures, given only when verified: a whole number of allocations and bytes
 *       per decode, and (Java) the JFR events adding up to ThreadMXBean's bytes and equal to the timed runs' bytes per
 *       decode exactly.</li>
 *   <li>memory: peak RSS and GC count: lower median (one of the runs' own values); GC pause: median; retained bytes
 *       from the counting run.</li>
 * </ul>
 */
public final class Aggregator {

    private Aggregator() {
    }

    /** A unit that was not run: {@code skipped}, or {@code failed} before any process started (a runner's build). */
    public static Result notRun(Contestant contestant, BenchFixture fixture, Mode mode, Status status, String reason,
                                long iterations, long warmup) {
        List<String> failures = status == Status.failed ? List.of("build: failed: " + reason) : List.of();
        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), contestant.work(), fixture.name(), mode, status, reason, iterations, warmup,
                null, null, null, null, contestant.runtimeFlags(Measure.time), countFlags(contestant), List.of(), failures);
    }

    public static Result aggregate(Contestant contestant, BenchFixture fixture, Mode mode, long iterations, long warmup,
                                   List<RunOutcome> timed, RunOutcome count, Analysis analysis) {
        List<String> failures = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        String wrongReason = null;
        String failedReason = null;
        List<RunOutcome> measured = new ArrayList<>();
        for (RunOutcome run : timed) {
            String where = "run " + run.job().run() + " of " + run.job().runs();
            switch (run.status()) {
                case ok -> measured.add(run);
                case interrupted -> { }
                case wrong -> {
                    failures.add(where + ": wrong: " + run.reason());
                    wrongReason = wrongReason != null ? wrongReason : where + ": " + run.reason();
                    if (run.report() != null && run.report().elapsedNs() != null) {
                        measured.add(run);
                    }
                }
                default -> {
                    failures.add(where + ": failed: " + run.reason());
                    failedReason = failedReason != null ? failedReason : where + ": " + run.reason();
                }
            }
            addNotes(notes, run.report());
        }
        if (count != null) {
            switch (count.status()) {
                case ok, interrupted -> { }
                case wrong -> {
                    failures.add("allocation count: wrong: " + count.reason());
                    wrongReason = wrongReason != null ? wrongReason : "allocation count: " + count.reason();
                }
                default -> failures.add("allocation count: failed: " + count.reason());
            }
        }

        Status status = wrongReason != null ? Status.wrong
                : failedReason != null || measured.isEmpty() ? Status.failed : Status.ok;
        String reason = wrongReason != null ? wrongReason
                : failedReason != null ? failedReason
                : measured.isEmpty() ? "no run was measured" : null;

        List<RunReport> reports = measured.stream().map(RunOutcome::report).toList();
        Result.Timing timing = timing(measured, fixture.bytes(), iterations, analysis.confidence());
        Result.Allocations allocations = allocations(contestant, reports, count, status, iterations, notes);
        Result.Memory memory = memory(reports, count);

        Boolean digestOk = measured.isEmpty() && wrongReason == null ? null : wrongReason == null;
        String digest = reports.stream().map(RunReport::digest).filter(Objects::nonNull).findFirst().orElse(null);

        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), contestant.work(), fixture.name(), mode, status, reason, iterations, warmup,
                timing, allocations, memory, new Result.Verification(digest, digestOk), contestant.runtimeFlags(Measure.time),
                countFlags(contestant), List.copyOf(notes), failures);
    }

    /** Median wall and CPU time per decode with their intervals; each run with its conditions and flags. */
    static Result.Timing timing(List<RunOutcome> measured, long documentBytes, long iterations, double confidence) {
        List<RunReport> reports = measured.stream().map(RunOutcome::report).toList();
        List<Long> runsNs = values(reports, RunReport::elapsedNs);
        if (runsNs.isEmpty()) {
            return Result.Timing.NONE;
        }
        List<Result.Run> runs = new ArrayList<>();
        for (RunOutcome run : measured) {
            RunReport r = run.report();
            Conditions c = run.conditions();
            runs.add(new Result.Run(r.elapsedNs(), r.cpuNs(), r.gcPauseMs(), c.stealPercent(), c.loadAverage(),
                    Noise.flags(r.elapsedNs(), r.cpuNs(), r.gcPauseMs(), c.stealPercent())));
        }
        double median = Stats.median(runsNs);
        List<Long> cpu = values(reports, RunReport::cpuNs);
        boolean everyCpu = cpu.size() == runsNs.size();
        return new Result.Timing(runsNs, runs, Spread.ofNanosAsMillis(runsNs), median / iterations,
                perOp(runsNs, iterations, confidence), everyCpu ? Stats.median(cpu) / iterations : null,
                everyCpu ? perOp(cpu, iterations, confidence) : null, documentBytes * (double) iterations / median * 1e3, null);
    }

    private static Interval perOp(List<Long> totals, long iterations, double confidence) {
        return MedianInterval.of(totals.stream().mapToDouble(Long::doubleValue).toArray(), confidence).scaled(1.0 / iterations);
    }

    /**
     * The allocation figures, verified or not. Java: bytes per decode from the timed runs (ThreadMXBean), the count
     * from the counting fork; Go and Rust: both from the counting run.
     */
    static Result.Allocations allocations(Contestant contestant, List<RunReport> timed, RunOutcome count, Status status,
                                          long iterations, Set<String> notes) {
        boolean java = contestant.language() == Language.java;
        List<Double> timedBytes = java ? values(timed, RunReport::allocBytesPerOp) : List.of();
        Double timedBytesPerOp = timedBytes.isEmpty() ? null : Stats.median(timedBytes);
        if (count == null || !count.ok()) {
            if (count == null && status == Status.ok) {
                notes.add("allocations not counted");
            }
            return new Result.Allocations(timedBytesPerOp, null, false, null, count == null ? "not counted"
                    : "the counting run " + count.status() + ": " + count.reason());
        }
        RunReport report = count.report();
        addNotes(notes, report);
        String problem = countProblem(report, java, timedBytes);
        if (problem != null) {
            notes.add("allocation count unverified, not reported: " + problem);
        } else if (timedBytes.stream().distinct().count() > 1) {
            notes.add("the timed runs allocated " + String.join(", ", timedBytes.stream().map(Aggregator::exact).toList())
                    + " B per decode: the count is that of the majority, whose JIT compiled the same code as the counting fork's");
        }
        Double bytesPerOp = java ? timedBytesPerOp : report.allocBytesPerOp();
        return new Result.Allocations(bytesPerOp, problem == null ? report.allocsPerOp() : null, problem == null,
                report.allocsMethod(), problem);
    }

    /**
     * Why a count cannot be trusted, or null: not a whole number of allocations or bytes per decode (the window was not
     * in a steady state); Java: JFR lost events or they do not add up to ThreadMXBean's bytes, or the window allocated
     * other bytes per decode than most of the timed runs (their JIT states differed).
     */
    static String countProblem(RunReport count, boolean java, List<Double> timedBytes) {
        long n = count.iterations() == null ? 0 : count.iterations();
        if (n < 1 || count.allocsTotal() == null || count.allocBytesTotal() == null) {
            return "the counting run reported no totals";
        }
        if (java && !Boolean.TRUE.equals(count.allocsVerified())) {
            return count.allocsProblem() == null ? "JFR evidence missing" : count.allocsProblem();
        }
        if (count.allocsTotal() % n != 0 || count.allocBytesTotal() % n != 0) {
            return String.format(Locale.ROOT, "%s allocations and %s bytes over %d decodes are not whole numbers per "
                    + "decode: the counted window was not in a steady state", count.allocsTotal(), count.allocBytesTotal(), n);
        }
        if (java) {
            double counted = (double) count.allocBytesTotal() / n;
            if (timedBytes.isEmpty()) {
                return "no timed run to compare the counted bytes with";
            }
            long agree = timedBytes.stream().filter(b -> b == counted).count();
            if (agree * 2 < timedBytes.size()) {
                return String.format(Locale.ROOT, "the counting window allocated %s B per decode, %d of %d timed runs the "
                        + "same (%s): their JIT states differed", exact(counted), agree, timedBytes.size(),
                        String.join(", ", timedBytes.stream().map(Aggregator::exact).toList()));
            }
        }
        return null;
    }

    /** A per-decode figure with as many decimals as it needs (up to 6), so two that differ never print alike. */
    private static String exact(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    static Result.Memory memory(List<RunReport> timed, RunOutcome count) {
        List<Long> rss = values(timed, RunReport::peakRssBytes);
        List<Long> gcCounts = values(timed, RunReport::gcCount);
        List<Double> gcPauses = values(timed, RunReport::gcPauseMs);
        List<Long> runtime = values(timed, RunReport::runtimeRssBytes);
        boolean wholeProcess = timed.stream().anyMatch(r -> r.peakRssScope() != RssScope.loop);
        Long retained = count != null && count.ok() ? count.report().retainedBytes() : null;
        return new Result.Memory(rss.isEmpty() ? null : Stats.lowerMedian(rss),
                rss.isEmpty() ? null : wholeProcess ? RssScope.process : RssScope.loop,
                gcCounts.isEmpty() ? null : Stats.lowerMedian(gcCounts), gcPauses.isEmpty() ? null : Stats.median(gcPauses),
                runtime.isEmpty() ? null : Stats.lowerMedian(runtime), retained, null, null, List.of());
    }

    /** The JVM flags of a Java counting fork; null for runners that are not JVMs. */
    private static List<String> countFlags(Contestant contestant) {
        return contestant.language() == Language.java ? contestant.runtimeFlags(Measure.count) : null;
    }

    private static void addNotes(Set<String> notes, RunReport report) {
        if (report != null) {
            notes.addAll(report.notes());
        }
    }

    static <T> List<T> values(List<RunReport> reports, Function<RunReport, T> field) {
        return reports.stream().map(field).filter(Objects::nonNull).toList();
    }
}
