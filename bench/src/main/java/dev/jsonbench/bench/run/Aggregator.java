package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.Spread;
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
 *   <li>time: median, min and max of the runs' totals; ns/op and MB/s from the median.</li>
 *   <li>bytes/op: median of the timed runs (they agree to the byte in a steady state); peak RSS and GC count:
 *       lower median (one of the runs' own values); GC pause: median.</li>
 *   <li>allocations/op: the counting run's figure, given only when verified.</li>
 * </ul>
 */
public final class Aggregator {

    /** Counting and timed windows whose bytes/op differ by more than this share are flagged. */
    static final double BYTES_TOLERANCE = 0.005;

    private Aggregator() {
    }

    /** A unit that was not run: {@code skipped}, or {@code failed} before any process started (a runner's build). */
    public static Result notRun(Contestant contestant, BenchFixture fixture, Mode mode, Status status, String reason,
                                long iterations, long warmup) {
        List<String> failures = status == Status.failed ? List.of("build: failed: " + reason) : List.of();
        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), fixture.name(), mode, status, reason, iterations, warmup, null, null, null,
                null, contestant.runtimeFlags(Measure.time), countFlags(contestant), List.of(), failures);
    }

    public static Result aggregate(Contestant contestant, BenchFixture fixture, Mode mode, long iterations, long warmup,
                                   List<RunOutcome> timed, RunOutcome count) {
        List<String> failures = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        String wrongReason = null;
        String failedReason = null;
        List<RunReport> measured = new ArrayList<>();
        for (RunOutcome run : timed) {
            String where = "run " + run.job().run() + " of " + run.job().runs();
            switch (run.status()) {
                case ok -> measured.add(run.report());
                case wrong -> {
                    failures.add(where + ": wrong: " + run.reason());
                    wrongReason = wrongReason != null ? wrongReason : where + ": " + run.reason();
                    if (run.report() != null && run.report().elapsedNs() != null) {
                        measured.add(run.report());
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
                case ok -> { }
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

        List<Long> runsNs = values(measured, RunReport::elapsedNs);
        Result.Timing timing = runsNs.isEmpty() ? Result.Timing.NONE : new Result.Timing(runsNs, Spread.ofNanosAsMillis(runsNs),
                Stats.median(runsNs) / iterations, fixture.bytes() * (double) iterations / Stats.median(runsNs) * 1e3);

        List<Double> bytes = values(measured, RunReport::allocBytesPerOp);
        Double bytesPerOp = bytes.isEmpty() ? null : Stats.median(bytes);
        Result.Allocations allocations = contestant.countsSeparately()
                ? countedSeparately(count, bytesPerOp, status, notes)
                : countedInline(measured, bytesPerOp);

        List<Long> rss = values(measured, RunReport::peakRssBytes);
        List<Long> gcCounts = values(measured, RunReport::gcCount);
        List<Double> gcPauses = values(measured, RunReport::gcPauseMs);
        boolean wholeProcess = measured.stream().anyMatch(r -> r.peakRssScope() != RssScope.loop);
        Result.Memory memory = new Result.Memory(rss.isEmpty() ? null : Stats.lowerMedian(rss),
                rss.isEmpty() ? null : wholeProcess ? RssScope.process : RssScope.loop,
                gcCounts.isEmpty() ? null : Stats.lowerMedian(gcCounts), gcPauses.isEmpty() ? null : Stats.median(gcPauses));

        Boolean digestOk = measured.isEmpty() && wrongReason == null ? null : wrongReason == null;
        String digest = measured.stream().map(RunReport::digest).filter(Objects::nonNull).findFirst().orElse(null);

        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), fixture.name(), mode, status, reason, iterations, warmup, timing, allocations,
                memory, new Result.Verification(digest, digestOk), contestant.runtimeFlags(Measure.time),
                countFlags(contestant), List.copyOf(notes), failures);
    }

    /** A Java count: the counting fork's figure, only when it verified; the timed runs' bytes/op. */
    private static Result.Allocations countedSeparately(RunOutcome count, Double bytesPerOp, Status status, Set<String> notes) {
        if (count == null || !count.ok()) {
            if (count == null && status == Status.ok) {
                notes.add("allocations not counted");
            }
            return new Result.Allocations(bytesPerOp, null, false, null);
        }
        RunReport report = count.report();
        boolean verified = Boolean.TRUE.equals(report.allocsVerified());
        if (!verified) {
            notes.add("allocation count unverified, not reported: " + report.allocsProblem());
        }
        addNotes(notes, report);
        Double countBytes = report.allocBytesPerOp();
        if (verified && countBytes != null && bytesPerOp != null
                && Math.abs(countBytes - bytesPerOp) > BYTES_TOLERANCE * Math.max(1, bytesPerOp)) {
            notes.add(String.format(Locale.ROOT, "the counting window allocated %.1f B/op, the timed runs %.1f B/op: "
                    + "the count may not represent the timed loop (JIT state)", countBytes, bytesPerOp));
        }
        return new Result.Allocations(bytesPerOp, verified ? report.allocsPerOp() : null, verified, report.allocsMethod());
    }

    /** A runner that counts inside its timed runs (Go, Rust): the median over runs. */
    private static Result.Allocations countedInline(List<RunReport> measured, Double bytesPerOp) {
        List<Double> counts = values(measured, RunReport::allocsPerOp);
        if (counts.isEmpty()) {
            return new Result.Allocations(bytesPerOp, null, false, null);
        }
        String method = measured.stream().map(RunReport::allocsMethod).filter(Objects::nonNull).findFirst().orElse(null);
        return new Result.Allocations(bytesPerOp, Stats.median(counts), true, method);
    }

    private static List<String> countFlags(Contestant contestant) {
        return contestant.countsSeparately() ? contestant.runtimeFlags(Measure.count) : null;
    }

    private static void addNotes(Set<String> notes, RunReport report) {
        if (report != null) {
            notes.addAll(report.notes());
        }
    }

    private static <T> List<T> values(List<RunReport> reports, Function<RunReport, T> field) {
        return reports.stream().map(field).filter(Objects::nonNull).toList();
    }
}
